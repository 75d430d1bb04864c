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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

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

  public static String write(LevitateContact contact) {
    return Writer.text(Format.CONTACT.object().setAll(node(contact)));
  }

  public static LevitateContact read(String json) {
    return read(Strict.parse(Format.CONTACT, json, KEYS));
  }

  /** The contact as a JSON object, for embedding in another document. */
  static ObjectNode node(LevitateContact contact) {
    ObjectNode root =
        Writer.object()
            .put("salesforceId", contact.salesforceId())
            .put("mergeId", contact.mergeId());
    Writer.put(root, "firstName", contact.firstName());
    Writer.put(root, "lastName", contact.lastName());
    Writer.put(root, "nickname", contact.nickname());
    Writer.put(root, "greetingName", contact.greetingName());
    Writer.put(root, "jobTitle", contact.jobTitle());
    Writer.put(root, "companyName", contact.companyName());
    contact
        .address()
        .ifPresent(
            a -> {
              ObjectNode address = root.putObject("address");
              Writer.put(address, "street1", a.street1());
              Writer.put(address, "street2", a.street2());
              Writer.put(address, "city", a.city());
              Writer.put(address, "state", a.state());
              Writer.put(address, "postalCode", a.postalCode());
              Writer.put(address, "country", a.country());
            });
    ArrayNode phones = root.putArray("phones");
    for (Phone phone : contact.phones()) {
      source(
          phones.addObject().put("number", phone.number()).put("label", phone.label()),
          phone.source());
    }
    ArrayNode emails = root.putArray("emails");
    for (Email email : contact.emails()) {
      source(
          emails.addObject().put("address", email.address()).put("label", email.label()),
          email.source());
    }
    keyFacts(root.putArray("keyFacts"), contact.keyFacts());
    ArrayNode tags = root.putArray("tags");
    for (Tag tag : contact.tags()) {
      source(tags.addObject().put("name", tag.name()), tag.source());
    }
    ObjectNode owner = root.putObject("owner");
    Writer.put(owner, "salesforceUserId", contact.owner().salesforceUserId());
    Writer.put(owner, "salesforceUserName", contact.owner().salesforceUserName());
    Writer.put(owner, "levitateUserId", contact.owner().levitateUserId());
    root.put("status", contact.status().name());
    contact.statusReason().ifPresent(r -> root.put("statusReason", r.name()));
    contact.statusSource().ifPresent(s -> provenance(root.putObject("statusSource"), s));
    return root;
  }

  /** Key facts with their provenance: {@code [{"label", "date", "source"}]}. */
  static void keyFacts(ArrayNode facts, List<KeyFact> keyFacts) {
    for (KeyFact fact : keyFacts) {
      source(
          facts.addObject().put("label", fact.label()).put("date", fact.date().toString()),
          fact.source());
    }
  }

  /** Reads what {@link #keyFacts(ArrayNode, List)} wrote. */
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

  private static void source(ObjectNode node, Provenance source) {
    provenance(node.putObject("source"), source);
  }

  private static void provenance(ObjectNode node, Provenance source) {
    node.put("origin", source.origin().name());
    Writer.put(node, "field", source.field());
    Writer.put(node, "value", source.value());
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
