package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Merge contact as read from its answer, before it is checked: the fields {@link ContactDto}
 * binds (in the record's order), the expanded account and owner and the remote data as trees, and
 * of each remote field its value and what the client reads of its class. Most of a contact's bytes
 * are its embedded field classes, of which nothing else is kept.
 *
 * <p>{@code object} is false for a record that is not a JSON object; {@code remoteFieldsNotList} is
 * true when {@code remote_fields} holds something other than a list or null.
 */
public record ContactRecord(
    boolean object,
    ObjectNode fields,
    @Nullable JsonNode account,
    @Nullable JsonNode owner,
    List<RemoteField> remoteFields,
    boolean remoteFieldsNotList,
    @Nullable JsonNode remoteData) {
  public ContactRecord {
    remoteFields = List.copyOf(remoteFields);
  }

  /** A record that is not a JSON object. */
  public static ContactRecord notObject() {
    return new ContactRecord(
        false, JsonNodeFactory.instance.objectNode(), null, null, List.of(), false, null);
  }

  /**
   * One entry of {@code remote_fields} whose {@code remote_field_class} is an id ({@code embedded}
   * false, the id in {@code classId}) or an object: then {@code classId} is its {@code id} as text
   * ({@code ""} when absent), {@code remoteKeyName}, {@code fieldType} and {@code fieldFormat} its
   * keys as text (null when absent or null), {@code custom} its {@code is_custom} and {@code
   * choices} whether {@code field_choices} holds anything. {@code value} is null when absent.
   */
  public record RemoteField(
      boolean embedded,
      String classId,
      @Nullable String remoteKeyName,
      boolean custom,
      @Nullable String fieldType,
      @Nullable String fieldFormat,
      boolean choices,
      @Nullable JsonNode value) {
    public static RemoteField byId(String classId, @Nullable JsonNode value) {
      return new RemoteField(false, classId, null, false, null, null, false, value);
    }

    /** This field with {@code value}. */
    public RemoteField withValue(@Nullable JsonNode value) {
      return new RemoteField(
          embedded, classId, remoteKeyName, custom, fieldType, fieldFormat, choices, value);
    }
  }
}
