package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAddress;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.merge.internal.wire.AddressDto;
import ai.levitate.sf.merge.internal.wire.EmailAddressDto;
import ai.levitate.sf.merge.internal.wire.Json;
import ai.levitate.sf.merge.internal.wire.PhoneNumberDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The contact reading this client did before {@code ContactPageReader}: the page as a tree, each
 * record copied and bound through a tree, remote fields read from the tree. Kept as the reference
 * that the streamed reading must agree with, record for record.
 */
final class TreeContactConverter {
  private static final Set<String> TREES =
      Set.of("account", "owner", "remote_fields", "remote_data");

  private final FieldModel model;

  TreeContactConverter(FieldModel model) {
    this.model = model;
  }

  public SourceContact convert(JsonNode node) throws RecordException {
    if (!node.isObject()) {
      throw new RecordException("the record is not a JSON object");
    }
    TreeContactDto dto = dto((ObjectNode) node);
    String id = dto.id() == null ? "" : dto.id().strip();
    if (id.isEmpty()) {
      throw new RecordException("the record has no id");
    }
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    remoteFields(dto.remoteFields(), fields);
    remoteData(dto.remoteData(), fields);

    SourceContact.Builder contact =
        SourceContact.builder()
            .mergeId(id)
            .remoteId(Records.present(dto.remoteId()))
            .firstName(Optional.ofNullable(dto.firstName()))
            .lastName(Optional.ofNullable(dto.lastName()))
            .account(Records.account(dto.account()))
            .owner(Records.user(dto.owner()))
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
    boolean shell = isShell(dto, fields);
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

  /** The old {@code ContactDto}, with the tree-typed parts. */
  record TreeContactDto(
      String id,
      String remoteId,
      String createdAt,
      String modifiedAt,
      String firstName,
      String lastName,
      JsonNode account,
      JsonNode owner,
      List<AddressDto> addresses,
      List<EmailAddressDto> emailAddresses,
      List<PhoneNumberDto> phoneNumbers,
      String lastActivityAt,
      String remoteCreatedAt,
      Boolean remoteWasDeleted,
      JsonNode remoteFields,
      JsonNode remoteData) {}

  /**
   * The record as a DTO. Its tree-typed parts (account, owner, remote fields and data: most of a
   * record's bytes) are taken from the record as they are; binding them would copy them node by
   * node, which costs more than parsing the page.
   */
  private static TreeContactDto dto(ObjectNode node) throws RecordException {
    ObjectNode rest = node.objectNode();
    node.properties()
        .forEach(
            p -> {
              if (!TREES.contains(p.getKey())) {
                rest.set(p.getKey(), p.getValue());
              }
            });
    TreeContactDto dto;
    try {
      dto = Json.mapper().treeToValue(rest, TreeContactDto.class);
    } catch (JsonProcessingException e) {
      throw new RecordException(Records.jsonReason(e));
    }
    return new TreeContactDto(
        dto.id(),
        dto.remoteId(),
        dto.createdAt(),
        dto.modifiedAt(),
        dto.firstName(),
        dto.lastName(),
        node.get("account"),
        node.get("owner"),
        dto.addresses(),
        dto.emailAddresses(),
        dto.phoneNumbers(),
        dto.lastActivityAt(),
        dto.remoteCreatedAt(),
        dto.remoteWasDeleted(),
        node.get("remote_fields"),
        node.get("remote_data"));
  }

  /** {@code [{"remote_field_class": <object or id>, "value": <any>}]}. */
  private void remoteFields(JsonNode remoteFields, Map<String, FieldValue> fields)
      throws RecordException {
    if (remoteFields == null || remoteFields.isNull()) {
      return;
    }
    if (!remoteFields.isArray()) {
      throw new RecordException("remote_fields is not a list");
    }
    for (JsonNode entry : remoteFields) {
      JsonNode remoteClass = entry.path("remote_field_class");
      Optional<String> apiName = Optional.empty();
      if (remoteClass.isTextual()) {
        apiName = model.apiName(remoteClass.asText());
      } else if (remoteClass.isObject()) {
        apiName =
            Records.present(remoteClass.path("remote_key_name").asText(null))
                .or(() -> model.apiName(remoteClass.path("id").asText("")));
      }
      if (apiName.isPresent()) {
        String name = apiName.get().strip();
        put(fields, name, entry.get("value"), () -> fallbackType(name, remoteClass));
      }
    }
  }

  /** The type an embedded field class gives a field the catalog lacks. */
  private static FieldType fallbackType(String apiName, JsonNode remoteClass) {
    if (!remoteClass.isObject()) {
      return FieldType.OTHER;
    }
    return FieldTypes.fromMerge(
        apiName,
        remoteClass.path("is_custom").asBoolean(false),
        remoteClass.path("field_type").asText(null),
        remoteClass.path("field_format").asText(null),
        remoteClass.path("field_choices").size() > 0);
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
        put(fields, name, field.getValue(), () -> shapeType(field.getValue()));
        present.put(name.toLowerCase(Locale.ROOT), name);
      }
    }
  }

  private void put(
      Map<String, FieldValue> fields,
      String apiName,
      JsonNode value,
      Supplier<FieldType> fallbackType) {
    Optional<FieldDescriptor> descriptor = model.catalog().field(apiName);
    String key = descriptor.map(FieldDescriptor::apiName).orElse(apiName);
    FieldType type =
        descriptor
            .map(FieldDescriptor::type)
            .orElseGet(
                () -> {
                  FieldType known = FieldTypes.standard(key);
                  return known != null ? known : fallbackType.get();
                });
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
  private static boolean isShell(TreeContactDto dto, Map<String, FieldValue> fields) {
    boolean noFieldValues = fields.values().stream().allMatch(v -> v instanceof FieldValue.Empty);
    return !Boolean.TRUE.equals(dto.remoteWasDeleted())
        && dto.firstName() == null
        && dto.lastName() == null
        && isNull(dto.account())
        && isNull(dto.owner())
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
