package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * One Merge remote field class of the Contact model: the Salesforce field it describes, Merge's id
 * for it, and how Merge types it ({@code field_type}, {@code field_format}).
 */
public final class FieldClass {
  private final String id;
  private final FieldDescriptor descriptor;
  private final boolean commonModelField;
  private final boolean required;
  private final String description;
  private final ObjectNode raw;

  /**
   * The class as Merge's JSON, written once: a contact embeds it in each of its remote fields, and
   * a page copies the bytes rather than writing the class afresh each time.
   */
  private volatile SerializedString json;

  public FieldClass(
      String id,
      FieldDescriptor descriptor,
      boolean commonModelField,
      boolean required,
      String description) {
    this(id, descriptor, commonModelField, required, description, null);
  }

  /** A class loaded from a fixture, whose JSON {@code raw} is served as given. */
  public FieldClass(
      String id,
      FieldDescriptor descriptor,
      boolean commonModelField,
      boolean required,
      String description,
      ObjectNode raw) {
    this.id = Objects.requireNonNull(id, "id == null");
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor == null");
    this.commonModelField = commonModelField;
    this.required = required;
    this.description = description;
    this.raw = raw;
  }

  public String id() {
    return id;
  }

  public FieldDescriptor descriptor() {
    return descriptor;
  }

  public String apiName() {
    return descriptor.apiName();
  }

  public FieldType type() {
    return descriptor.type();
  }

  public boolean commonModelField() {
    return commonModelField;
  }

  public boolean required() {
    return required;
  }

  /** Merge's description of the field; may be null. */
  public String description() {
    return description;
  }

  /** The fixture's JSON of this class, or null for a class the fake renders. */
  public ObjectNode raw() {
    return raw;
  }

  /** The class as Merge writes it ({@link MergeJson#fieldClass}), kept after the first call. */
  SerializableString json() {
    SerializedString written = json;
    if (written == null) {
      StringWriter text = new StringWriter(512);
      try (JsonGenerator out = Answer.JSON.createGenerator(text)) {
        MergeJson.fieldClass(out, this);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written = new SerializedString(text.toString());
      written.asUnquotedUTF8();
      json = written;
    }
    return written;
  }

  /** Merge's {@code field_type}. */
  public String mergeFieldType() {
    switch (type()) {
      case CHECKBOX:
        return "bool";
      case DATE:
        return "date";
      case DATETIME:
        return "datetime";
      case NUMBER:
        return "number";
      case MULTIPICKLIST:
        return "list";
      default:
        return "string";
    }
  }

  /** Merge's {@code field_format}: open text, as Merge's own examples show. */
  public String mergeFieldFormat() {
    switch (type()) {
      case STRING:
        return "text";
      case TEXTAREA:
        return "textarea";
      case PICKLIST:
        return "select";
      case MULTIPICKLIST:
        return "multiselect";
      case EMAIL:
        return "email";
      case PHONE:
        return "phone";
      case REFERENCE:
        return "reference";
      case OTHER:
        return "string";
      default:
        return mergeFieldType();
    }
  }

  /** The Salesforce describe type of the field ({@code picklist}, {@code boolean}, ...). */
  public String salesforceType() {
    switch (type()) {
      case CHECKBOX:
        return "boolean";
      case NUMBER:
        return "double";
      case OTHER:
        return "anyType";
      default:
        return type().name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The field type a Merge class stands for, reading {@code field_type} and {@code field_format}.
   */
  public static FieldType typeOf(String fieldType, String fieldFormat, boolean hasChoices) {
    String type = fieldType == null ? "" : fieldType.toLowerCase(Locale.ROOT);
    String format = fieldFormat == null ? "" : fieldFormat.toLowerCase(Locale.ROOT);
    switch (type) {
      case "bool":
      case "boolean":
        return FieldType.CHECKBOX;
      case "date":
        return FieldType.DATE;
      case "datetime":
        return FieldType.DATETIME;
      case "number":
        return FieldType.NUMBER;
      case "list":
        return FieldType.MULTIPICKLIST;
      default:
        break;
    }
    switch (format) {
      case "textarea":
        return FieldType.TEXTAREA;
      case "select":
      case "picklist":
        return FieldType.PICKLIST;
      case "multiselect":
      case "multipicklist":
        return FieldType.MULTIPICKLIST;
      case "email":
        return FieldType.EMAIL;
      case "phone":
        return FieldType.PHONE;
      case "reference":
        return FieldType.REFERENCE;
      default:
        return hasChoices ? FieldType.PICKLIST : FieldType.STRING;
    }
  }
}
