package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceAddress;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.core.model.SourceUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A fixture contact as core's source model: what a correct client reads from the fixture's JSON
 * served with {@code expand=account,owner} and remote fields. Fields are typed by the fixture's
 * classes (or the class a remote field embeds); a value that does not fit its type is {@link
 * ai.levitate.sf.core.model.FieldValue.Invalid}, in the testkit's words.
 */
final class FixtureViews {
  private FixtureViews() {}

  static SourceContact contact(ContactRecord contact, CrmLookup lookup) {
    ObjectNode raw = contact.raw();
    var builder =
        SourceContact.builder()
            .mergeId(contact.id())
            .remoteId(Optional.ofNullable(contact.remoteId()))
            .createdAt(instant(raw, "created_at"))
            .modifiedAt(instant(raw, "modified_at"));
    if (contact.shell()) {
      return builder.shell(true).build();
    }
    builder
        .remoteWasDeleted(contact.deleted())
        .remoteCreatedAt(instant(raw, "remote_created_at"))
        .firstName(text(raw.get("first_name")))
        .lastName(text(raw.get("last_name")));
    for (JsonNode address : raw.path("addresses")) {
      builder.addAddresses(
          SourceAddress.builder()
              .street1(text(address.get("street_1")))
              .street2(text(address.get("street_2")))
              .city(text(address.get("city")))
              .state(text(address.get("state")))
              .postalCode(text(address.get("postal_code")))
              .country(text(address.get("country")))
              .type(text(address.get("address_type")))
              .build());
    }
    for (JsonNode email : raw.path("email_addresses")) {
      text(email.get("email_address"))
          .filter(e -> !e.isBlank())
          .ifPresent(
              e -> builder.addEmails(SourceEmail.of(e, text(email.get("email_address_type")))));
    }
    for (JsonNode phone : raw.path("phone_numbers")) {
      text(phone.get("phone_number"))
          .filter(p -> !p.isBlank())
          .ifPresent(
              p -> builder.addPhones(SourcePhone.of(p, text(phone.get("phone_number_type")))));
    }
    account(raw.get("account"), lookup).ifPresent(builder::account);
    user(raw.get("owner"), lookup).ifPresent(builder::owner);
    FieldSchema schema = lookup.schema();
    Set<String> read = new HashSet<>();
    for (JsonNode field : raw.path("remote_fields")) {
      FieldClass typed = FixtureReader.classOf(field.path("remote_field_class"), schema);
      if (typed != null && !typed.apiName().isBlank() && read.add(typed.apiName())) {
        FieldType type = typed.type();
        builder.putFields(
            typed.apiName(),
            FixtureValues.view(FixtureValues.read(field.get("value"), type), type));
      }
    }
    return builder.build();
  }

  /**
   * The account a contact links to, as a client reads it served with {@code expand=account}: the
   * expanded record the contact carries, the data set's account its id names (expanded: without
   * remote fields), or, for an id the data set lacks, that id alone.
   */
  private static Optional<SourceAccount> account(JsonNode link, CrmLookup lookup) {
    if (link != null && link.isObject() && RawJson.text(link, "id") != null) {
      return Optional.of(
          SourceAccount.builder()
              .mergeId(RawJson.text(link, "id"))
              .remoteId(text(link.get("remote_id")))
              .name(text(link.get("name")))
              .modifiedAt(instant(link, "modified_at"))
              .remoteWasDeleted(link.path("remote_was_deleted").asBoolean(false))
              .build());
    }
    String id = RawJson.reference(link);
    if (id == null) {
      return Optional.empty();
    }
    AccountRecord account = lookup.account(id);
    return Optional.of(
        account != null
            ? SourceViews.expanded(account)
            : SourceAccount.builder().mergeId(id).idOnly(true).build());
  }

  private static Optional<SourceUser> user(JsonNode link, CrmLookup lookup) {
    if (link != null && link.isObject() && RawJson.text(link, "id") != null) {
      JsonNode active = link.get("is_active");
      return Optional.of(
          SourceUser.builder()
              .mergeId(RawJson.text(link, "id"))
              .remoteId(text(link.get("remote_id")))
              .name(text(link.get("name")))
              .email(text(link.get("email")))
              .active(
                  active != null && active.isBoolean()
                      ? Optional.of(active.booleanValue())
                      : Optional.empty())
              .modifiedAt(instant(link, "modified_at"))
              .build());
    }
    String id = RawJson.reference(link);
    UserRecord user = id == null ? null : lookup.user(id);
    return user == null ? Optional.empty() : Optional.of(SourceViews.user(user));
  }

  private static Optional<String> text(JsonNode node) {
    return node == null || !node.isValueNode() || node.isNull()
        ? Optional.empty()
        : Optional.of(node.asText());
  }

  private static Optional<Instant> instant(JsonNode node, String field) {
    String text = RawJson.text(node, field);
    try {
      return text == null ? Optional.empty() : Optional.of(Times.parse(text.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
