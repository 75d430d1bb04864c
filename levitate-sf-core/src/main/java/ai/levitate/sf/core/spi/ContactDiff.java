package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.StatusReason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the sync wants done to one Levitate contact: the full contact as it should be, and what
 * differs from what the sync wrote before. Emitted as a {@link ContactChange}, or held back by the
 * brake as a {@link HeldChange}.
 *
 * <p>The sync owns only what it wrote. A host applies tags and key facts as differences: {@link
 * #tagsAdded()} and {@link #tagsRemoved()} name tags the sync produced, so tags and key facts a
 * person added in Levitate stay. A tag the sync adds that the contact already shows stays the
 * person's too, once the host stores {@link SyncBatch#statesAfter(java.util.Map)}. Everything else
 * (names, address, phones, emails, job, company, owner) is the sync's and is taken from {@link
 * #contact()} as a whole.
 */
public abstract class ContactDiff {
  public abstract ChangeType type();

  public abstract String salesforceId();

  public abstract String mergeId();

  /**
   * The contact as the sync wants it in Levitate, with the provenance of each value. Present for
   * every change but an {@link ChangeType#ARCHIVE} whose reason is {@link
   * StatusReason#MISSING_FROM_SOURCE}: Merge no longer returns that contact, so the host archives
   * what it holds.
   */
  public abstract Optional<LevitateContact> contact();

  /**
   * For {@link ChangeType#ARCHIVE} and {@link ChangeType#REMOVE}, why; for {@link
   * ChangeType#RESTORE}, the reason that cleared; for a {@link ChangeType#CREATE} of a contact
   * created archived (deceased when first seen), why.
   */
  public abstract Optional<StatusReason> reason();

  /**
   * The parts that differ from what the sync wrote before; empty for a {@link ChangeType#CREATE}.
   */
  public abstract Set<ContactField> changedFields();

  /**
   * Tags the sync adds, in the contact's order. For a {@link ChangeType#CREATE}, and a {@link
   * ChangeType#RESTORE} of a removed contact (which a host may have to recreate), all of its tags.
   */
  public abstract List<String> tagsAdded();

  /**
   * Tags the sync wrote before and no longer produces; a person's own tags are never listed. A
   * {@link ChangeType#REMOVE} lists every tag the sync wrote but a sticky {@code Unsubscribe}: the
   * contact leaves Levitate, and a restore adds them all again.
   */
  public abstract List<String> tagsRemoved();

  /** Key facts the sync adds; all of them for a create and a restore of a removed contact. */
  public abstract List<KeyFact> keyFactsAdded();

  /** Key facts the sync wrote and no longer produces; all it wrote for a removal. */
  public abstract List<OwnedKeyFact> keyFactsRemoved();

  /** Why, in sentences for an admin, each naming the Salesforce field and value behind it. */
  public abstract List<String> explanation();

  /**
   * The tags a Levitate contact shows once the change is applied, given those it shows now: the
   * sync's removed tags taken away, its added ones appended, a person's own kept where they are.
   */
  public List<String> tagsAfter(List<String> current) {
    Set<String> tags = new LinkedHashSet<>(current);
    tags.removeAll(tagsRemoved());
    tags.addAll(tagsAdded());
    return List.copyOf(tags);
  }

  /** The key facts once the change is applied, given those the contact has now; a person's stay. */
  public List<OwnedKeyFact> keyFactsAfter(List<OwnedKeyFact> current) {
    List<OwnedKeyFact> facts = new ArrayList<>(current);
    facts.removeAll(keyFactsRemoved());
    for (KeyFact fact : keyFactsAdded()) {
      if (!facts.contains(OwnedKeyFact.of(fact))) {
        facts.add(OwnedKeyFact.of(fact));
      }
    }
    return List.copyOf(facts);
  }

  /** The contact's status in Levitate once the change is applied. */
  public ContactStatus statusAfter() {
    return switch (type()) {
      case CREATE -> contact().map(LevitateContact::status).orElse(ContactStatus.ACTIVE);
      case RESTORE -> ContactStatus.ACTIVE;
      case ARCHIVE -> ContactStatus.ARCHIVED;
      case REMOVE -> ContactStatus.REMOVED;
      case UPDATE -> contact().map(LevitateContact::status).orElse(ContactStatus.ACTIVE);
    };
  }

  /** Checks the invariants every diff keeps; called from the subclasses' checks. */
  protected void checkDiff() {
    boolean missing =
        type() == ChangeType.ARCHIVE
            && reason().filter(r -> r == StatusReason.MISSING_FROM_SOURCE).isPresent();
    if (contact().isEmpty() != missing) {
      throw new IllegalArgumentException(
          type()
              + " of "
              + salesforceId()
              + " must "
              + (missing ? "not carry" : "carry")
              + " a contact");
    }
    if ((type() == ChangeType.ARCHIVE || type() == ChangeType.REMOVE) && reason().isEmpty()) {
      throw new IllegalArgumentException(type() + " of " + salesforceId() + " needs a reason");
    }
  }
}
