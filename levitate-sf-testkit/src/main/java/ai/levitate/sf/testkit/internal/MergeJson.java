package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.PicklistChoice;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes Merge CRM records as Merge sends them, straight from the compact records to a {@link
 * JsonGenerator}: no tree per contact, so a page of a million-contact account costs only the bytes
 * of the page.
 */
public final class MergeJson {
  /**
   * The Salesforce org the fake's records link to ({@code contact_url} and the like): Merge
   * documents the field but not its form for Salesforce; a record's classic URL is its id on the
   * org's My Domain.
   */
  static final String SALESFORCE_ORG = "https://levitate-fake.my.salesforce.com/";

  private MergeJson() {}

  public static void contact(
      JsonGenerator out, ContactRecord contact, ContactView view, CrmLookup lookup)
      throws IOException {
    if (contact.raw() != null) {
      RawContacts.write(out, contact, view, lookup);
      return;
    }
    FieldSchema schema = lookup.schema();
    out.writeStartObject();
    out.writeStringField("id", contact.id());
    out.writeStringField("remote_id", contact.remoteId());
    out.writeStringField("created_at", Times.merge(contact.createdMicros()));
    out.writeStringField("modified_at", Times.merge(contact.modifiedMicros()));
    if (contact.shell()) {
      shellBody(out, view);
      out.writeEndObject();
      return;
    }
    out.writeStringField("first_name", CommonModel.text(contact, schema, "FirstName"));
    out.writeStringField("last_name", CommonModel.text(contact, schema, "LastName"));
    out.writeFieldName("account");
    AccountRecord account =
        contact.accountId() == null ? null : lookup.account(contact.accountId());
    if (account != null && view.expandAccount()) {
      // Merge's expanded account carries no remote fields: only the accounts list has them.
      account(out, account, false, false, false, lookup);
    } else {
      out.writeString(contact.accountId());
    }
    out.writeFieldName("owner");
    UserRecord owner = contact.ownerId() == null ? null : lookup.user(contact.ownerId());
    if (owner != null && view.expandOwner()) {
      user(out, owner);
    } else {
      out.writeString(contact.ownerId());
    }
    out.writeArrayFieldStart("addresses");
    for (String[] address : CommonModel.addresses(contact, schema)) {
      out.writeStartObject();
      out.writeStringField("street_1", address[0]);
      out.writeStringField("street_2", address[1]);
      out.writeStringField("city", address[2]);
      out.writeStringField("state", address[3]);
      out.writeStringField("postal_code", address[4]);
      out.writeStringField("country", address[5]);
      out.writeStringField("address_type", CommonModel.ADDRESS_TYPE);
      timestamps(out, contact);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("email_addresses");
    for (String[] email : CommonModel.emails(contact, schema)) {
      out.writeStartObject();
      out.writeStringField("email_address", email[0]);
      out.writeStringField("email_address_type", email[1]);
      timestamps(out, contact);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("phone_numbers");
    for (String[] phone : CommonModel.phones(contact, schema)) {
      out.writeStartObject();
      out.writeStringField("phone_number", phone[0]);
      out.writeStringField("phone_number_type", phone[1]);
      timestamps(out, contact);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeNullField("last_activity_at");
    out.writeStringField("remote_created_at", Times.merge(contact.remoteCreatedMicros()));
    out.writeStringField("contact_url", url(contact.remoteId()));
    out.writeBooleanField("remote_was_deleted", contact.deleted());
    fieldMappings(out);
    if (view.remoteData()) {
      out.writeArrayFieldStart("remote_data");
      out.writeStartObject();
      out.writeStringField("path", "/sobjects/Contact");
      out.writeFieldName("data");
      rawSalesforce(out, contact, lookup);
      out.writeEndObject();
      out.writeEndArray();
    } else {
      out.writeNullField("remote_data");
    }
    if (view.remoteFields()) {
      remoteFields(out, contact, view, lookup);
    }
    out.writeEndObject();
  }

  /** Merge stamps the parts of a contact (addresses, emails, phones) with the contact's times. */
  private static void timestamps(JsonGenerator out, ContactRecord contact) throws IOException {
    out.writeStringField("created_at", Times.merge(contact.createdMicros()));
    out.writeStringField("modified_at", Times.merge(contact.modifiedMicros()));
  }

  /** Writes {@code "name": []}. */
  static void emptyArray(JsonGenerator out, String name) throws IOException {
    out.writeArrayFieldStart(name);
    out.writeEndArray();
  }

  /** A shell record: ids and metadata only, everything else empty. */
  private static void shellBody(JsonGenerator out, ContactView view) throws IOException {
    out.writeNullField("first_name");
    out.writeNullField("last_name");
    out.writeNullField("account");
    out.writeNullField("owner");
    out.writeArrayFieldStart("addresses");
    out.writeEndArray();
    out.writeArrayFieldStart("email_addresses");
    out.writeEndArray();
    out.writeArrayFieldStart("phone_numbers");
    out.writeEndArray();
    out.writeNullField("last_activity_at");
    out.writeNullField("remote_created_at");
    out.writeNullField("contact_url");
    out.writeBooleanField("remote_was_deleted", false);
    out.writeNullField("field_mappings");
    out.writeNullField("remote_data");
    if (view.remoteFields()) {
      out.writeArrayFieldStart("remote_fields");
      out.writeEndArray();
    }
  }

  private static void remoteFields(
      JsonGenerator out, ContactRecord contact, ContactView view, CrmLookup lookup)
      throws IOException {
    FieldSchema schema = lookup.schema();
    out.writeArrayFieldStart("remote_fields");
    for (int i = 0; i < schema.size(); i++) {
      FieldClass fieldClass = schema.get(i);
      out.writeStartObject();
      out.writeFieldName("remote_field_class");
      if (view.classesAsIds()) {
        out.writeString(fieldClass.id());
      } else {
        embeddedClass(out, fieldClass);
      }
      out.writeFieldName("value");
      Object value = referenceOrValue(fieldClass, contact, i, lookup);
      if (value instanceof String multi && fieldClass.type() == FieldType.MULTIPICKLIST) {
        out.writeStartArray();
        for (String item : multi.split(";")) {
          if (!item.isEmpty()) {
            out.writeString(item);
          }
        }
        out.writeEndArray();
      } else {
        scalar(out, value, false);
      }
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  /** AccountId and OwnerId hold Salesforce ids, resolved from the contact's Merge references. */
  private static Object referenceOrValue(
      FieldClass fieldClass, ContactRecord contact, int index, CrmLookup lookup) {
    if (fieldClass.apiName().equals("AccountId")) {
      AccountRecord account =
          contact.accountId() == null ? null : lookup.account(contact.accountId());
      return account == null ? null : account.remoteId();
    }
    if (fieldClass.apiName().equals("OwnerId")) {
      UserRecord owner = contact.ownerId() == null ? null : lookup.user(contact.ownerId());
      return owner == null ? null : owner.remoteId();
    }
    return contact.value(index);
  }

  /** The contact as the Salesforce REST API returns it, which Merge passes on as remote data. */
  private static void rawSalesforce(JsonGenerator out, ContactRecord contact, CrmLookup lookup)
      throws IOException {
    FieldSchema schema = lookup.schema();
    out.writeStartObject();
    out.writeObjectFieldStart("attributes");
    out.writeStringField("type", "Contact");
    out.writeStringField("url", "/services/data/v59.0/sobjects/Contact/" + contact.remoteId());
    out.writeEndObject();
    out.writeStringField("Id", contact.remoteId());
    out.writeBooleanField("IsDeleted", contact.deleted());
    for (int i = 0; i < schema.size(); i++) {
      FieldClass fieldClass = schema.get(i);
      out.writeFieldName(fieldClass.apiName());
      scalar(out, referenceOrValue(fieldClass, contact, i, lookup), true);
    }
    out.writeStringField(
        "CreatedDate", Times.salesforce(Times.instant(contact.remoteCreatedMicros())));
    out.writeStringField(
        "SystemModstamp", Times.salesforce(Times.instant(contact.modifiedMicros())));
    out.writeEndObject();
  }

  private static void scalar(JsonGenerator out, Object value, boolean salesforce)
      throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof BigDecimal n) {
      out.writeNumber(n);
    } else if (value instanceof LocalDate d) {
      out.writeString(d.toString());
    } else if (value instanceof Instant t) {
      out.writeString(salesforce ? Times.salesforce(t) : Times.merge(Times.micros(t)));
    } else {
      throw new IllegalStateException("no JSON form for " + value.getClass().getName());
    }
  }

  /**
   * A class inside a remote field: a page copies its bytes, written once; a fixture being saved
   * (indented) writes it like the rest of the file.
   */
  private static void embeddedClass(JsonGenerator out, FieldClass fieldClass) throws IOException {
    if (out.getPrettyPrinter() == null) {
      out.writeRawValue(fieldClass.json());
    } else {
      fieldClass(out, fieldClass);
    }
  }

  public static void fieldClass(JsonGenerator out, FieldClass fieldClass) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", fieldClass.id());
    out.writeStringField("display_name", fieldClass.descriptor().label());
    out.writeStringField("remote_key_name", fieldClass.apiName());
    // Merge's OpenAPI description types it a string, never null.
    out.writeStringField(
        "description", fieldClass.description() == null ? "" : fieldClass.description());
    out.writeBooleanField("is_custom", fieldClass.descriptor().custom());
    out.writeBooleanField("is_common_model_field", fieldClass.commonModelField());
    out.writeBooleanField("is_required", fieldClass.required());
    out.writeStringField("field_type", fieldClass.mergeFieldType());
    out.writeStringField("field_format", fieldClass.mergeFieldFormat());
    var choices = fieldClass.descriptor().choices();
    boolean list = fieldClass.type() == FieldType.MULTIPICKLIST;
    out.writeArrayFieldStart("field_choices");
    if (!list) {
      choices(out, choices);
    }
    out.writeEndArray();
    if (list) {
      // Merge's ItemSchema: item_format is one of its six types, item_choices a list of strings.
      out.writeObjectFieldStart("item_schema");
      out.writeStringField("item_type", "string");
      out.writeStringField("item_format", "string");
      out.writeArrayFieldStart("item_choices");
      for (PicklistChoice choice : choices) {
        out.writeString(choice.value());
      }
      out.writeEndArray();
      out.writeEndObject();
    } else {
      out.writeNullField("item_schema");
    }
    out.writeEndObject();
  }

  private static void choices(JsonGenerator out, List<PicklistChoice> choices) throws IOException {
    for (var choice : choices) {
      out.writeStartObject();
      out.writeStringField("value", choice.value());
      out.writeStringField("display_name", choice.label());
      out.writeEndObject();
    }
  }

  /**
   * An Account; with {@code remoteFields}, its remote fields in the account schema's order, each
   * with its class embedded or, with {@code classesAsIds}, named by id.
   */
  public static void account(
      JsonGenerator out,
      AccountRecord account,
      boolean expandOwner,
      boolean remoteFields,
      boolean classesAsIds,
      CrmLookup lookup)
      throws IOException {
    account(out, account, expandOwner, remoteFields, false, classesAsIds, lookup);
  }

  /**
   * An Account as {@code GET /accounts} and {@code GET /accounts/{id}} answer it: a fixture's
   * record as given, with its own {@code remote_data} when {@code remoteData} asks for it; a
   * generated one as above.
   */
  public static void account(
      JsonGenerator out,
      AccountRecord account,
      boolean expandOwner,
      boolean remoteFields,
      boolean remoteData,
      boolean classesAsIds,
      CrmLookup lookup)
      throws IOException {
    if (account.raw() != null) {
      RawContacts.writeAccount(out, account, expandOwner, remoteFields, remoteData, lookup);
      return;
    }
    out.writeStartObject();
    out.writeStringField("id", account.id());
    out.writeStringField("remote_id", account.remoteId());
    out.writeStringField("created_at", Times.merge(account.createdMicros()));
    out.writeStringField("modified_at", Times.merge(account.modifiedMicros()));
    out.writeFieldName("owner");
    UserRecord owner = account.ownerId() == null ? null : lookup.user(account.ownerId());
    if (owner != null && expandOwner) {
      user(out, owner);
    } else {
      out.writeString(account.ownerId());
    }
    out.writeStringField("name", account.name());
    out.writeStringField("description", account.description());
    out.writeStringField("industry", account.industry());
    out.writeStringField("website", account.website());
    if (account.numberOfEmployees() == null) {
      out.writeNullField("number_of_employees");
    } else {
      out.writeNumberField("number_of_employees", account.numberOfEmployees());
    }
    out.writeArrayFieldStart("addresses");
    out.writeEndArray();
    out.writeArrayFieldStart("phone_numbers");
    out.writeEndArray();
    out.writeNullField("last_activity_at");
    out.writeStringField("remote_updated_at", Times.merge(account.modifiedMicros()));
    out.writeStringField("remote_created_at", Times.merge(account.remoteCreatedMicros()));
    out.writeStringField("account_url", url(account.remoteId()));
    out.writeBooleanField("remote_was_deleted", account.deleted());
    fieldMappings(out);
    out.writeNullField("remote_data");
    if (remoteFields) {
      FieldSchema schema = lookup.accountSchema();
      out.writeArrayFieldStart("remote_fields");
      for (int i = 0; i < schema.size(); i++) {
        FieldClass fieldClass = schema.get(i);
        out.writeStartObject();
        out.writeFieldName("remote_field_class");
        if (classesAsIds) {
          out.writeString(fieldClass.id());
        } else {
          embeddedClass(out, fieldClass);
        }
        out.writeFieldName("value");
        Object value = account.field(fieldClass.apiName());
        scalar(
            out,
            value == null && fieldClass.type() == FieldType.CHECKBOX ? Boolean.FALSE : value,
            false);
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  public static void user(JsonGenerator out, UserRecord user) throws IOException {
    if (user.raw() != null) {
      RawContacts.writeUser(out, user, false, false);
      return;
    }
    out.writeStartObject();
    out.writeStringField("id", user.id());
    out.writeStringField("remote_id", user.remoteId());
    out.writeStringField("created_at", Times.merge(user.createdMicros()));
    out.writeStringField("modified_at", Times.merge(user.modifiedMicros()));
    out.writeStringField("name", user.name());
    out.writeStringField("email", user.email());
    out.writeBooleanField("is_active", user.active());
    out.writeStringField("user_url", url(user.remoteId()));
    out.writeBooleanField("remote_was_deleted", user.deleted());
    fieldMappings(out);
    out.writeNullField("remote_data");
    out.writeEndObject();
  }

  private static String url(String remoteId) {
    return remoteId == null ? null : SALESFORCE_ORG + remoteId;
  }

  /** Merge's empty field mappings, as it sends them when the org defines none. */
  static void fieldMappings(JsonGenerator out) throws IOException {
    out.writeObjectFieldStart("field_mappings");
    out.writeObjectFieldStart("organization_defined_targets");
    out.writeEndObject();
    out.writeObjectFieldStart("linked_account_defined_targets");
    out.writeEndObject();
    out.writeEndObject();
  }
}
