package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.model.Owner;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A Levitate contact as one line of JSON, with the field names of the core model ({@code
 * salesforceId}, {@code mergeId}, {@code firstName}, ..., {@code address} {@code {street1, ...}},
 * {@code phones} {@code [{number, label, source}]}, {@code owner} {@code {salesforceUserId, ...}},
 * {@code status}, {@code statusReason}) and every value's provenance under {@code source}, so that
 * reading a line back gives an equal contact. Absent values are left out.
 */
public final class ContactCodec {
  private static final String[] PROVENANCE = {"origin", "field", "value"};
  static final String[] KEYS = {
    "salesforceId",
    "mergeId",
    "firstName",
    "lastName",
    "nickname",
    "greetingName",
    "jobTitle",
    "companyName",
    "address",
    "phones",
    "emails",
    "keyFacts",
    "tags",
    "owner",
    "status",
    "statusReason",
    "statusSource"
  };

  private ContactCodec() {}

  /**
   * The contact's line, written straight to text: a contact is written for every one a sync stores,
   * so without the tree a mapper would build first.
   */
  public static String write(LevitateContact contact) {
    return Writer.stream(
        g -> {
          g.writeStartObject();
          g.writeNumberField(Format.KEY, Format.CONTACT.current());
          fields(g, contact);
          g.writeEndObject();
        });
  }

  public static LevitateContact read(String json) {
    return read(Strict.parse(Format.CONTACT, json, KEYS));
  }

  /**
   * The contact as a JSON object without a format version, as text, for embedding in another
   * document ({@link com.fasterxml.jackson.databind.node.ObjectNode#putRawValue}).
   */
  static RawValue embedded(LevitateContact contact) {
    return new RawValue(
        Writer.stream(
            g -> {
              g.writeStartObject();
              fields(g, contact);
              g.writeEndObject();
            }));
  }

  /**
   * How a contact is written: {@link #STORED} to be read back (provenance with each value, absent
   * values left out) or {@link #EXPORT}ed for people and other tools ({@link ContactExportCodec}:
   * every key present, {@code null} when absent, tags as their names, no provenance). The keys come
   * in {@link #KEYS} order either way.
   */
  enum Shape {
    STORED,
    EXPORT;

    /** The value; when absent, nothing stored, {@code null} exported. */
    void put(JsonGenerator g, String key, Optional<String> value) throws IOException {
      if (this == EXPORT && value.isEmpty()) {
        g.writeNullField(key);
      } else {
        Writer.put(g, key, value);
      }
    }

    /** A value's provenance, stored only. */
    void source(JsonGenerator g, Provenance source) throws IOException {
      if (this == STORED) {
        ContactCodec.source(g, source);
      }
    }
  }

  private static void fields(JsonGenerator g, LevitateContact contact) throws IOException {
    fields(g, contact, Shape.STORED);
  }

  /** The contact's keys and values in {@code shape}, in {@link #KEYS} order. */
  static void fields(JsonGenerator g, LevitateContact contact, Shape shape) throws IOException {
    g.writeStringField("salesforceId", contact.salesforceId());
    g.writeStringField("mergeId", contact.mergeId());
    shape.put(g, "firstName", contact.firstName());
    shape.put(g, "lastName", contact.lastName());
    shape.put(g, "nickname", contact.nickname());
    shape.put(g, "greetingName", contact.greetingName());
    shape.put(g, "jobTitle", contact.jobTitle());
    shape.put(g, "companyName", contact.companyName());
    if (contact.address().isPresent()) {
      MailingAddress a = contact.address().get();
      g.writeObjectFieldStart("address");
      shape.put(g, "street1", a.street1());
      shape.put(g, "street2", a.street2());
      shape.put(g, "city", a.city());
      shape.put(g, "state", a.state());
      shape.put(g, "postalCode", a.postalCode());
      shape.put(g, "country", a.country());
      g.writeEndObject();
    } else {
      shape.put(g, "address", Optional.empty());
    }
    g.writeArrayFieldStart("phones");
    for (Phone phone : contact.phones()) {
      g.writeStartObject();
      g.writeStringField("number", phone.number());
      g.writeStringField("label", phone.label());
      shape.source(g, phone.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("emails");
    for (Email email : contact.emails()) {
      g.writeStartObject();
      g.writeStringField("address", email.address());
      g.writeStringField("label", email.label());
      shape.source(g, email.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("keyFacts");
    keyFacts(g, contact.keyFacts(), shape);
    g.writeArrayFieldStart("tags");
    for (Tag tag : contact.tags()) {
      if (shape == Shape.EXPORT) {
        g.writeString(tag.name());
      } else {
        g.writeStartObject();
        g.writeStringField("name", tag.name());
        source(g, tag.source());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeObjectFieldStart("owner");
    shape.put(g, "salesforceUserId", contact.owner().salesforceUserId());
    shape.put(g, "salesforceUserName", contact.owner().salesforceUserName());
    shape.put(g, "levitateUserId", contact.owner().levitateUserId());
    g.writeEndObject();
    g.writeStringField("status", contact.status().name());
    shape.put(g, "statusReason", contact.statusReason().map(Enum::name));
    if (shape == Shape.STORED && contact.statusSource().isPresent()) {
      g.writeObjectFieldStart("statusSource");
      provenance(g, contact.statusSource().get());
      g.writeEndObject();
    }
  }

  private static void source(JsonGenerator g, Provenance source) throws IOException {
    g.writeObjectFieldStart("source");
    provenance(g, source);
    g.writeEndObject();
  }

  private static void provenance(JsonGenerator g, Provenance source) throws IOException {
    g.writeStringField("origin", source.origin().name());
    Writer.put(g, "field", source.field());
    Writer.put(g, "value", source.value());
  }

  /** Key facts: {@code [{"label", "date", "source"}]}, the source stored only. */
  private static void keyFacts(JsonGenerator g, List<KeyFact> keyFacts, Shape shape)
      throws IOException {
    g.writeStartArray();
    for (KeyFact fact : keyFacts) {
      g.writeStartObject();
      g.writeStringField("label", fact.label());
      g.writeStringField("date", fact.date().toString());
      shape.source(g, fact.source());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Stored key facts as text, for embedding in another document. */
  static RawValue embedded(List<KeyFact> keyFacts) {
    return new RawValue(Writer.stream(g -> keyFacts(g, keyFacts, Shape.STORED)));
  }

  /** Reads key facts as they are stored. */
  static KeyFact keyFact(Strict.Item item) {
    Strict fact = item.object("label", "date", "source");
    return KeyFact.of(fact.requiredString("label"), fact.requiredDate("date"), source(fact));
  }

  /** Reads a contact from an object whose keys were checked against {@link #KEYS}. */
  static LevitateContact read(Strict root) {
    LevitateContact.Builder contact =
        LevitateContact.builder()
            .salesforceId(root.requiredString("salesforceId"))
            .mergeId(root.requiredString("mergeId"))
            .firstName(root.string("firstName"))
            .lastName(root.string("lastName"))
            .nickname(root.string("nickname"))
            .greetingName(root.string("greetingName"))
            .jobTitle(root.string("jobTitle"))
            .companyName(root.string("companyName"));
    root.object("address", "street1", "street2", "city", "state", "postalCode", "country")
        .ifPresent(
            a -> {
              MailingAddress.Builder address =
                  MailingAddress.builder()
                      .street1(a.string("street1"))
                      .street2(a.string("street2"))
                      .city(a.string("city"))
                      .state(a.string("state"))
                      .postalCode(a.string("postalCode"))
                      .country(a.string("country"));
              contact.address(a.build(address::build));
            });
    root.list(
            "phones",
            item -> {
              Strict phone = item.object("number", "label", "source");
              return Phone.of(
                  phone.requiredString("number"), phone.requiredString("label"), source(phone));
            })
        .ifPresent(contact::phones);
    root.list(
            "emails",
            item -> {
              Strict email = item.object("address", "label", "source");
              return Email.of(
                  email.requiredString("address"), email.requiredString("label"), source(email));
            })
        .ifPresent(contact::emails);
    root.list("keyFacts", ContactCodec::keyFact).ifPresent(contact::keyFacts);
    root.list(
            "tags",
            item -> {
              Strict tag = item.object("name", "source");
              return Tag.of(tag.requiredString("name"), source(tag));
            })
        .ifPresent(contact::tags);
    root.object("owner", "salesforceUserId", "salesforceUserName", "levitateUserId")
        .ifPresent(
            o -> {
              Owner.Builder owner =
                  Owner.builder()
                      .salesforceUserId(o.string("salesforceUserId"))
                      .salesforceUserName(o.string("salesforceUserName"))
                      .levitateUserId(o.string("levitateUserId"));
              contact.owner(owner.build());
            });
    root.enumValue("status", ContactStatus.class).ifPresent(contact::status);
    contact.statusReason(root.enumValue("statusReason", StatusReason.class));
    contact.statusSource(root.object("statusSource", PROVENANCE).map(ContactCodec::provenance));
    return root.build(contact::build);
  }

  private static Provenance source(Strict item) {
    return provenance(item.requiredObject("source", PROVENANCE));
  }

  private static Provenance provenance(Strict source) {
    Provenance.Origin origin = source.requiredEnum("origin", Provenance.Origin.class);
    return source.build(
        () -> Provenance.of(origin, source.string("field"), source.string("value")));
  }
}
