package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.Tag;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A Levitate contact in the plain export shape: every key of the core model always present (null
 * when absent), tags as their names, and no provenance. For files people and other tools read; use
 * {@link ContactCodec} to store a contact and read it back.
 */
public final class ContactExportCodec {
  private ContactExportCodec() {}

  public static String write(LevitateContact contact) {
    ObjectNode root =
        Writer.object()
            .put("salesforceId", contact.salesforceId())
            .put("mergeId", contact.mergeId());
    put(root, "firstName", contact.firstName());
    put(root, "lastName", contact.lastName());
    put(root, "nickname", contact.nickname());
    put(root, "greetingName", contact.greetingName());
    put(root, "jobTitle", contact.jobTitle());
    put(root, "companyName", contact.companyName());
    if (contact.address().isPresent()) {
      MailingAddress a = contact.address().get();
      ObjectNode address = root.putObject("address");
      put(address, "street1", a.street1());
      put(address, "street2", a.street2());
      put(address, "city", a.city());
      put(address, "state", a.state());
      put(address, "postalCode", a.postalCode());
      put(address, "country", a.country());
    } else {
      root.putNull("address");
    }
    ArrayNode phones = root.putArray("phones");
    for (Phone phone : contact.phones()) {
      phones.addObject().put("number", phone.number()).put("label", phone.label());
    }
    ArrayNode emails = root.putArray("emails");
    for (Email email : contact.emails()) {
      emails.addObject().put("address", email.address()).put("label", email.label());
    }
    ArrayNode facts = root.putArray("keyFacts");
    for (KeyFact fact : contact.keyFacts()) {
      facts.addObject().put("label", fact.label()).put("date", fact.date().toString());
    }
    ArrayNode tags = root.putArray("tags");
    contact.tags().stream().map(Tag::name).forEach(tags::add);
    ObjectNode owner = root.putObject("owner");
    put(owner, "salesforceUserId", contact.owner().salesforceUserId());
    put(owner, "salesforceUserName", contact.owner().salesforceUserName());
    put(owner, "levitateUserId", contact.owner().levitateUserId());
    root.put("status", contact.status().name());
    put(root, "statusReason", contact.statusReason().map(Enum::name));
    return Writer.text(root);
  }

  private static void put(ObjectNode node, String key, Optional<String> value) {
    if (value.isPresent()) {
      node.put(key, value.get());
    } else {
      node.putNull(key);
    }
  }
}
