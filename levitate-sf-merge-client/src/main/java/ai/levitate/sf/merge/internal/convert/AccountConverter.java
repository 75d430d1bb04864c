package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.merge.internal.wire.AccountDto;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns one account of Merge's accounts list into core's {@link SourceAccount}, with its remote
 * fields ({@code Type}, {@code IsPersonAccount}, custom fields) typed by their field class. A class
 * Merge names by id alone is looked up in the account's remote field classes, fetched only when one
 * is met. An account sent without {@code remote_fields} (Merge's Launch plan has none) keeps its
 * {@code Type} unknown.
 */
public final class AccountConverter {
  private final Supplier<FieldModel> classes;

  /**
   * @param classes the account field classes, asked for the first time a class comes as an id
   */
  public AccountConverter(Supplier<FieldModel> classes) {
    this.classes = classes;
  }

  public SourceAccount convert(JsonNode node) throws RecordException {
    AccountDto dto = Records.as(node, AccountDto.class);
    // Only to split the list by: a created_at Merge sent in another shape is left unknown.
    var account =
        SourceAccount.builder()
            .from(Records.account(dto))
            .createdAt(
                dto.createdAt() != null && dto.createdAt().isTextual()
                    ? Timestamps.instant(dto.createdAt().asText())
                    : Optional.empty());
    JsonNode remoteFields = node.get("remote_fields");
    if (remoteFields == null || remoteFields.isNull()) {
      return account.build();
    }
    if (!remoteFields.isArray()) {
      throw new RecordException("remote_fields is not a list");
    }
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    for (JsonNode entry : remoteFields) {
      JsonNode remoteClass = entry.path("remote_field_class");
      Optional<String> apiName = Optional.empty();
      FieldType type = null;
      if (remoteClass.isObject()) {
        apiName = Records.present(remoteClass.path("remote_key_name").asText(null));
        if (apiName.isPresent()) {
          type =
              FieldTypes.fromMerge(
                  apiName.get(),
                  remoteClass.path("is_custom").asBoolean(false),
                  remoteClass.path("field_type").asText(null),
                  remoteClass.path("field_format").asText(null),
                  remoteClass.path("field_choices").size() > 0);
        } else {
          apiName = byId(remoteClass.path("id").asText(""));
        }
      } else if (remoteClass.isTextual()) {
        apiName = byId(remoteClass.asText());
      }
      if (apiName.isPresent()) {
        String name = apiName.get().strip();
        FieldType known =
            type != null
                ? type
                : classes
                    .get()
                    .catalog()
                    .field(name)
                    .map(FieldDescriptor::type)
                    .orElse(FieldType.OTHER);
        fields.putIfAbsent(name, FieldValues.read(entry.get("value"), known));
      }
    }
    return account.fieldsRead(true).fields(fields).build();
  }

  private Optional<String> byId(String classId) {
    return classId.isBlank() ? Optional.empty() : classes.get().apiName(classId);
  }
}
