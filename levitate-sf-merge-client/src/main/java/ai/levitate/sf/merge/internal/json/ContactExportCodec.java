package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.Tag;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;

/**
 * A Levitate contact in the plain export shape: every key of the core model always present (null
 * when absent), tags as their names, and no provenance. For files people and other tools read; use
 * {@link ContactCodec} to store a contact and read it back.
 */
public final class ContactExportCodec {
  private ContactExportCodec() {}

  public static String write(LevitateContact contact) {
    return Writer.stream(
        g -> {
          g.writeStartObject();
          g.writeStringField("salesforceId", contact.salesforceId());
          g.writeStringField("mergeId", contact.mergeId());
          put(g, "firstName", contact.firstName());
          put(g, "lastName", contact.lastName());
          put(g, "nickname", contact.nickname());
          put(g, "greetingName", contact.greetingName());
          put(g, "jobTitle", contact.jobTitle());
          put(g, "companyName", contact.companyName());
          if (contact.address().isPresent()) {
            MailingAddress a = contact.address().get();
            g.writeObjectFieldStart("address");
            put(g, "street1", a.street1());
            put(g, "street2", a.street2());
            put(g, "city", a.city());
            put(g, "state", a.state());
            put(g, "postalCode", a.postalCode());
            put(g, "country", a.country());
            g.writeEndObject();
          } else {
            g.writeNullField("address");
          }
          g.writeArrayFieldStart("phones");
          for (Phone phone : contact.phones()) {
            g.writeStartObject();
            g.writeStringField("number", phone.number());
            g.writeStringField("label", phone.label());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("emails");
          for (Email email : contact.emails()) {
            g.writeStartObject();
            g.writeStringField("address", email.address());
            g.writeStringField("label", email.label());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("keyFacts");
          for (KeyFact fact : contact.keyFacts()) {
            g.writeStartObject();
            g.writeStringField("label", fact.label());
            g.writeStringField("date", fact.date().toString());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("tags");
          for (Tag tag : contact.tags()) {
            g.writeString(tag.name());
          }
          g.writeEndArray();
          g.writeObjectFieldStart("owner");
          put(g, "salesforceUserId", contact.owner().salesforceUserId());
          put(g, "salesforceUserName", contact.owner().salesforceUserName());
          put(g, "levitateUserId", contact.owner().levitateUserId());
          g.writeEndObject();
          g.writeStringField("status", contact.status().name());
          put(g, "statusReason", contact.statusReason().map(Enum::name));
          g.writeEndObject();
        });
  }

  /** The value, or {@code null}: the export names every key. */
  private static void put(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    } else {
      g.writeNullField(key);
    }
  }
}
