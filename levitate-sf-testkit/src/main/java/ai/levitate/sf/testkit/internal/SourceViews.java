package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceAddress;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.core.model.SourceUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stored records as core's source model: what a correct client reads from the fake's answers (with
 * {@code expand=account,owner} and remote fields), for tests to compare against.
 */
public final class SourceViews {
  private SourceViews() {}

  public static SourceContact contact(ContactRecord contact, CrmLookup lookup) {
    if (contact.raw() != null) {
      return FixtureViews.contact(contact, lookup);
    }
    FieldSchema schema = lookup.schema();
    var builder =
        SourceContact.builder()
            .mergeId(contact.id())
            .remoteId(Optional.ofNullable(contact.remoteId()))
            .createdAt(Times.instant(contact.createdMicros()))
            .modifiedAt(Times.instant(contact.modifiedMicros()));
    if (contact.shell()) {
      return builder.shell(true).build();
    }
    builder
        .remoteWasDeleted(contact.deleted())
        .remoteCreatedAt(Times.instant(contact.remoteCreatedMicros()))
        .firstName(Optional.ofNullable(CommonModel.text(contact, schema, "FirstName")))
        .lastName(Optional.ofNullable(CommonModel.text(contact, schema, "LastName")));
    for (String[] a : CommonModel.addresses(contact, schema)) {
      builder.addAddresses(
          SourceAddress.builder()
              .street1(Optional.ofNullable(a[0]))
              .street2(Optional.ofNullable(a[1]))
              .city(Optional.ofNullable(a[2]))
              .state(Optional.ofNullable(a[3]))
              .postalCode(Optional.ofNullable(a[4]))
              .country(Optional.ofNullable(a[5]))
              .type(CommonModel.ADDRESS_TYPE)
              .build());
    }
    for (String[] e : CommonModel.emails(contact, schema)) {
      builder.addEmails(SourceEmail.of(e[0], e[1]));
    }
    for (String[] p : CommonModel.phones(contact, schema)) {
      builder.addPhones(SourcePhone.of(p[0], p[1]));
    }
    AccountRecord account =
        contact.accountId() == null ? null : lookup.account(contact.accountId());
    if (account != null) {
      builder.account(expanded(account));
    } else if (contact.accountId() != null) {
      builder.account(SourceAccount.builder().mergeId(contact.accountId()).idOnly(true).build());
    }
    UserRecord owner = contact.ownerId() == null ? null : lookup.user(contact.ownerId());
    if (owner != null) {
      builder.owner(user(owner));
    }
    for (int i = 0; i < schema.size(); i++) {
      FieldClass fieldClass = schema.get(i);
      Object value = contact.value(i);
      if (fieldClass.apiName().equals("AccountId")) {
        value = account == null ? null : account.remoteId();
      } else if (fieldClass.apiName().equals("OwnerId")) {
        value = owner == null ? null : owner.remoteId();
      }
      builder.putFields(fieldClass.apiName(), value(fieldClass.type(), value));
    }
    return builder.build();
  }

  static FieldValue value(FieldType type, Object value) {
    if (value == null || (value instanceof String s && s.isEmpty())) {
      return FieldValue.empty();
    } else if (value instanceof FixtureValues.Unreadable unreadable) {
      return FieldValue.invalid(
          unreadable.text(), "does not fit a " + type.name().toLowerCase(Locale.ROOT) + " field");
    } else if (value instanceof Boolean b) {
      return FieldValue.bool(b);
    } else if (value instanceof LocalDate d) {
      return FieldValue.date(d);
    } else if (value instanceof Instant t) {
      return FieldValue.dateTime(t);
    } else if (value instanceof BigDecimal n) {
      return FieldValue.number(n);
    } else if (type == FieldType.MULTIPICKLIST) {
      List<String> items = new ArrayList<>();
      for (String item : ((String) value).split(";")) {
        if (!item.isEmpty()) {
          items.add(item);
        }
      }
      return FieldValue.multi(items);
    }
    return FieldValue.text((String) value);
  }

  /** The account as Merge expands it inside a contact: without its remote fields. */
  public static SourceAccount expanded(AccountRecord account) {
    return SourceAccount.builder()
        .mergeId(account.id())
        .remoteId(Optional.ofNullable(account.remoteId()))
        .name(Optional.ofNullable(account.name()))
        .modifiedAt(Times.instant(account.modifiedMicros()))
        .remoteWasDeleted(account.deleted())
        .build();
  }

  /** The account as Merge's accounts list returns it, with its remote fields. */
  public static SourceAccount account(AccountRecord account, CrmLookup lookup) {
    FieldSchema schema = lookup.accountSchema();
    var builder =
        SourceAccount.builder()
            .from(expanded(account))
            .createdAt(createdAt(account))
            .fieldsRead(true);
    for (FieldClass fieldClass : schema.classes()) {
      Object value = account.field(fieldClass.apiName());
      builder.putFields(
          fieldClass.apiName(),
          value == null && fieldClass.type() == FieldType.CHECKBOX
              ? FieldValue.bool(false)
              : value(fieldClass.type(), value));
    }
    return builder.build();
  }

  /**
   * The account's {@code created_at} as the client reads it: a fixture's own, when it is one of
   * Merge's instants (a fixture without one is served without one); a generated account's.
   */
  private static Optional<Instant> createdAt(AccountRecord account) {
    if (account.raw() == null) {
      return Optional.of(Times.instant(account.createdMicros()));
    }
    String text = RawJson.text(account.raw(), "created_at");
    try {
      return text == null ? Optional.empty() : Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static SourceUser user(UserRecord user) {
    return SourceUser.builder()
        .mergeId(user.id())
        .remoteId(Optional.ofNullable(user.remoteId()))
        .name(Optional.ofNullable(user.name()))
        .email(Optional.ofNullable(user.email()))
        .active(user.active())
        .modifiedAt(Times.instant(user.modifiedMicros()))
        .build();
  }
}
