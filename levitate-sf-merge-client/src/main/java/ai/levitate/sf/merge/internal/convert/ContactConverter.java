package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAddress;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.merge.internal.wire.AddressDto;
import ai.levitate.sf.merge.internal.wire.ContactDto;
import ai.levitate.sf.merge.internal.wire.ContactRecord;
import ai.levitate.sf.merge.internal.wire.ContactRecord.RemoteField;
import ai.levitate.sf.merge.internal.wire.EmailAddressDto;
import ai.levitate.sf.merge.internal.wire.PhoneNumberDto;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns one Merge contact (expanded account and owner, remote fields, optional remote data) into
 * core's {@link SourceContact}, its fields typed by the catalog.
 *
 * <p>Fields come from {@code remote_fields} first; {@code remote_data} only fills fields the remote
 * fields lack. A field is keyed by the catalog's spelling of its API name, so that the transform
 * finds it. A record that cannot be read as a contact at all throws {@link RecordException}, and so
 * does one that arrives without any field value while the catalog lists fields (unless it is a
 * deletion or a shell): its values are unknown, not empty.
 */
public final class ContactConverter {
  private final FieldModel model;

  public ContactConverter(FieldModel model) {
    this.model = model;
  }

  public SourceContact convert(ContactRecord record) throws RecordException {
    if (!record.object()) {
      throw new RecordException("the record is not a JSON object");
    }
    ContactDto dto = dto(record.fields());
    String id = dto.id() == null ? "" : dto.id().strip();
    if (id.isEmpty()) {
      throw new RecordException("the record has no id");
    }
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    remoteFields(record, fields);
    remoteData(record.remoteData(), fields);

    SourceContact.Builder contact =
        SourceContact.builder()
            .mergeId(id)
            .remoteId(Records.present(dto.remoteId()))
            .firstName(Optional.ofNullable(dto.firstName()))
            .lastName(Optional.ofNullable(dto.lastName()))
            .account(Records.account(record.account()))
            .owner(Records.user(record.owner()))
            .remoteWasDeleted(Boolean.TRUE.equals(dto.remoteWasDeleted()))
            .createdAt(Timestamps.field("created_at", dto.createdAt()))
            .modifiedAt(Timestamps.field("modified_at", dto.modifiedAt()))
            .remoteCreatedAt(Timestamps.field("remote_created_at", dto.remoteCreatedAt()))
            .fields(fields);
    for (AddressDto address : Records.list(dto.addresses())) {
      if (address == null) {
        continue; // a null in Merge's list holds nothing to keep
      }
      contact.addAddresses(
          SourceAddress.builder()
              .street1(Optional.ofNullable(address.street1()))
              .street2(Optional.ofNullable(address.street2()))
              .city(Optional.ofNullable(address.city()))
              .state(Optional.ofNullable(address.state()))
              .postalCode(Optional.ofNullable(address.postalCode()))
              .country(Optional.ofNullable(address.country()))
              .type(Optional.ofNullable(address.addressType()))
              .build());
    }
    // Kept as Merge sent them, like every other value of the contact: the transform trims.
    for (EmailAddressDto email : Records.list(dto.emailAddresses())) {
      if (email != null && !isBlank(email.emailAddress())) {
        contact.addEmails(SourceEmail.of(email.emailAddress(), email.emailAddressType()));
      }
    }
    for (PhoneNumberDto phone : Records.list(dto.phoneNumbers())) {
      if (phone != null && !isBlank(phone.phoneNumber())) {
        contact.addPhones(SourcePhone.of(phone.phoneNumber(), phone.phoneNumberType()));
      }
    }
    boolean shell = isShell(dto, record, fields);
    if (!shell
        && fields.isEmpty()
        && !model.catalog().fields().isEmpty()
        && !Boolean.TRUE.equals(dto.remoteWasDeleted())) {
      // Every Salesforce contact has standard fields (Title, Birthdate...); none at all means Merge
      // left them out, and reading that as "every field cleared" would restore deceased contacts
      // and drop key facts.
      throw new RecordException(
          "Merge sent the contact without its remote fields, so its field values (opt-out,"
              + " deceased, tags, key facts) are unknown; it is skipped until Merge sends them,"
              + " rather than synced as if every field were empty");
    }
    contact.shell(shell);
    return contact.build();
  }

  /**
   * The record's scalar fields and contact points as a DTO: bound by hand when of Merge's plain
   * shapes, else by the mapper as every other record is.
   */
  private static ContactDto dto(ObjectNode fields) throws RecordException {
    ContactDto plain = PlainContact.bind(fields);
    return plain != null ? plain : Records.as(fields, ContactDto.class);
  }

  /** Each remote field the catalog or its embedded class names, in the record's order. */
  private void remoteFields(ContactRecord record, Map<String, FieldValue> fields)
      throws RecordException {
    if (record.remoteFieldsNotList()) {
      throw new RecordException("remote_fields is not a list");
    }
    for (RemoteField field : record.remoteFields()) {
      String apiName = apiName(field);
      if (apiName != null) {
        put(fields, apiName.strip(), field.value(), field);
      }
    }
  }

  /**
   * The API name of a remote field, unstripped: its class's {@code remote_key_name}, or the
   * catalog's.
   */
  private @Nullable String apiName(RemoteField field) {
    if (field.embedded() && field.remoteKeyName() != null && !field.remoteKeyName().isBlank()) {
      return field.remoteKeyName();
    }
    return model.apiNameByClassId().get(field.classId());
  }

  /** The type an embedded field class gives a field the catalog lacks. */
  private static FieldType fallbackType(String apiName, RemoteField field) {
    if (!field.embedded()) {
      return FieldType.OTHER;
    }
    return FieldTypes.fromMerge(
        apiName, field.custom(), field.fieldType(), field.fieldFormat(), field.choices());
  }

  /** {@code [{"path", "data": {raw Salesforce record}}]}; fills only fields still missing. */
  private void remoteData(JsonNode remoteData, Map<String, FieldValue> fields) {
    if (remoteData == null || !remoteData.isArray()) {
      return;
    }
    Map<String, String> present = new HashMap<>();
    fields.keySet().forEach(name -> present.put(name.toLowerCase(Locale.ROOT), name));
    for (JsonNode entry : remoteData) {
      JsonNode data = entry.path("data");
      for (Map.Entry<String, JsonNode> field : data.properties()) {
        String name = field.getKey();
        if (name.equals("attributes")
            || field.getValue().isObject()
            || present.containsKey(name.toLowerCase(Locale.ROOT))) {
          continue;
        }
        put(fields, name, field.getValue(), null);
        present.put(name.toLowerCase(Locale.ROOT), name);
      }
    }
  }

  /**
   * Puts a field's value, read as the catalog's type; a field the catalog lacks is typed as a
   * standard field, else by its embedded class ({@code remoteField}) or, from remote data, by the
   * value's shape. A field already put keeps its value.
   */
  private void put(
      Map<String, FieldValue> fields,
      String apiName,
      @Nullable JsonNode value,
      @Nullable RemoteField remoteField) {
    Optional<FieldDescriptor> descriptor = model.catalog().field(apiName);
    String key = apiName;
    FieldType type;
    if (descriptor.isPresent()) {
      key = descriptor.get().apiName();
      type = descriptor.get().type();
    } else {
      FieldType known = FieldTypes.standard(key);
      type =
          known != null
              ? known
              : remoteField != null ? fallbackType(key, remoteField) : shapeType(value);
    }
    fields.putIfAbsent(key, FieldValues.read(value, type));
  }

  /** The type a raw Salesforce value shows by its JSON shape, for a field the catalog lacks. */
  private static FieldType shapeType(JsonNode value) {
    if (value.isBoolean()) {
      return FieldType.CHECKBOX;
    } else if (value.isNumber()) {
      return FieldType.NUMBER;
    } else if (value.isArray()) {
      return FieldType.MULTIPICKLIST;
    }
    return FieldType.OTHER;
  }

  /**
   * A shell carries ids and metadata only: no names, links, contact points or field values. A
   * deleted record is never a shell, whatever Merge left of it: the deletion itself is news.
   */
  private static boolean isShell(
      ContactDto dto, ContactRecord record, Map<String, FieldValue> fields) {
    boolean noFieldValues = fields.values().stream().allMatch(v -> v instanceof FieldValue.Empty);
    return !Boolean.TRUE.equals(dto.remoteWasDeleted())
        && dto.firstName() == null
        && dto.lastName() == null
        && isNull(record.account())
        && isNull(record.owner())
        && onlyNulls(dto.addresses())
        && onlyNulls(dto.emailAddresses())
        && onlyNulls(dto.phoneNumbers())
        && dto.remoteCreatedAt() == null
        && dto.lastActivityAt() == null
        && noFieldValues;
  }

  private static boolean onlyNulls(List<?> list) {
    return Records.list(list).stream().allMatch(Objects::isNull);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static boolean isNull(JsonNode node) {
    return node == null || node.isNull();
  }
}
