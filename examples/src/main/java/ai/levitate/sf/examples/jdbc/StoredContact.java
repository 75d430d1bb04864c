package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact as the host's Levitate table holds it: the contact the sync last delivered (its status
 * and reason included), and the tags and key facts Levitate shows, a person's own among them.
 *
 * @param contact empty only for a contact archived as missing before the sync ever delivered it
 * @param lastChange the id of the last sync change applied, e.g. {@code run-3/41}, or {@code
 *     person} when a person changed it last
 */
public record StoredContact(
    String salesforceId,
    ContactStatus status,
    Optional<LevitateContact> contact,
    List<String> tags,
    List<OwnedKeyFact> keyFacts,
    String lastChange) {
  public StoredContact {
    Objects.requireNonNull(salesforceId, "salesforceId == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(contact, "contact == null");
    tags = List.copyOf(tags);
    keyFacts = List.copyOf(keyFacts);
    Objects.requireNonNull(lastChange, "lastChange == null");
  }
}
