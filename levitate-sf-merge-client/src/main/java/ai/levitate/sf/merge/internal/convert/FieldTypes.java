package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.core.model.FieldType;
import java.util.Locale;
import java.util.Map;

/**
 * Decides a field's {@link FieldType}: from a Salesforce describe when there is one, else from
 * Merge's remote field class ({@code field_type}, {@code field_format}, choices), with the
 * well-known standard Contact fields pinned to their Salesforce type.
 */
public final class FieldTypes {
  /** Standard Contact fields whose Salesforce type Merge's generic types would blur. */
  private static final Map<String, FieldType> STANDARD =
      Map.ofEntries(
          Map.entry("Phone", FieldType.PHONE),
          Map.entry("MobilePhone", FieldType.PHONE),
          Map.entry("HomePhone", FieldType.PHONE),
          Map.entry("OtherPhone", FieldType.PHONE),
          Map.entry("AssistantPhone", FieldType.PHONE),
          Map.entry("Fax", FieldType.PHONE),
          Map.entry("Email", FieldType.EMAIL),
          Map.entry("MailingStreet", FieldType.TEXTAREA),
          Map.entry("OtherStreet", FieldType.TEXTAREA),
          Map.entry("Description", FieldType.TEXTAREA),
          Map.entry("Birthdate", FieldType.DATE),
          Map.entry("LastActivityDate", FieldType.DATE),
          Map.entry("EmailBouncedDate", FieldType.DATETIME),
          Map.entry("CreatedDate", FieldType.DATETIME),
          Map.entry("LastModifiedDate", FieldType.DATETIME),
          Map.entry("SystemModstamp", FieldType.DATETIME),
          Map.entry("HasOptedOutOfEmail", FieldType.CHECKBOX),
          Map.entry("HasOptedOutOfFax", FieldType.CHECKBOX),
          Map.entry("DoNotCall", FieldType.CHECKBOX),
          Map.entry("IsDeleted", FieldType.CHECKBOX),
          Map.entry("IsPersonAccount", FieldType.CHECKBOX),
          Map.entry("IsEmailBounced", FieldType.CHECKBOX),
          Map.entry("Salutation", FieldType.PICKLIST),
          Map.entry("LeadSource", FieldType.PICKLIST),
          Map.entry("Id", FieldType.REFERENCE),
          Map.entry("AccountId", FieldType.REFERENCE),
          Map.entry("OwnerId", FieldType.REFERENCE),
          Map.entry("ReportsToId", FieldType.REFERENCE),
          Map.entry("MasterRecordId", FieldType.REFERENCE),
          Map.entry("CreatedById", FieldType.REFERENCE),
          Map.entry("LastModifiedById", FieldType.REFERENCE));

  private FieldTypes() {}

  /** The type of a standard field known by name, or null. */
  static FieldType standard(String apiName) {
    return STANDARD.get(apiName);
  }

  /**
   * The type of a remote field class. {@code field_format} is open text in Merge's examples ({@code
   * text}, {@code select}, ...), so unknown formats fall back on {@code field_type}.
   */
  public static FieldType fromMerge(
      String apiName, boolean custom, String fieldType, String fieldFormat, boolean hasChoices) {
    FieldType known = custom ? null : standard(apiName);
    if (known != null) {
      return known;
    }
    String type = normalize(fieldType);
    String format = normalize(fieldFormat);
    switch (type) {
      case "bool":
      case "boolean":
      case "checkbox":
        return FieldType.CHECKBOX;
      case "date":
        return format.equals("datetime") ? FieldType.DATETIME : FieldType.DATE;
      case "datetime":
        return FieldType.DATETIME;
      case "number":
      case "integer":
      case "int":
      case "decimal":
      case "float":
      case "double":
      case "currency":
      case "percent":
        return FieldType.NUMBER;
      case "list":
      case "array":
      case "multiselect":
      case "multipicklist":
        return FieldType.MULTIPICKLIST;
      case "string":
      case "text":
      case "":
        FieldType byFormat = fromFormat(format, hasChoices);
        if (byFormat != null) {
          return byFormat;
        }
        return type.isEmpty() ? FieldType.OTHER : FieldType.STRING;
      default:
        return FieldType.OTHER;
    }
  }

  private static FieldType fromFormat(String format, boolean hasChoices) {
    switch (format) {
      case "email":
        return FieldType.EMAIL;
      case "phone":
      case "phonenumber":
      case "tel":
        return FieldType.PHONE;
      case "select":
      case "picklist":
      case "enum":
      case "choice":
      case "combobox":
        return FieldType.PICKLIST;
      case "multiselect":
      case "multipicklist":
        return FieldType.MULTIPICKLIST;
      case "textarea":
      case "longtext":
      case "richtext":
      case "html":
        return FieldType.TEXTAREA;
      case "date":
        return FieldType.DATE;
      case "datetime":
        return FieldType.DATETIME;
      case "bool":
      case "boolean":
      case "checkbox":
        return FieldType.CHECKBOX;
      case "number":
      case "decimal":
      case "integer":
      case "currency":
      case "percent":
        return FieldType.NUMBER;
      case "uuid":
      case "id":
      case "reference":
        return FieldType.REFERENCE;
      default:
        return hasChoices ? FieldType.PICKLIST : null;
    }
  }

  /** The type of a field in a Salesforce describe ({@code fields[].type}). */
  public static FieldType fromSalesforce(String salesforceType) {
    switch (normalize(salesforceType)) {
      case "string":
      case "encryptedstring":
      case "url":
        return FieldType.STRING;
      case "textarea":
        return FieldType.TEXTAREA;
      case "picklist":
      case "combobox":
        return FieldType.PICKLIST;
      case "multipicklist":
        return FieldType.MULTIPICKLIST;
      case "boolean":
        return FieldType.CHECKBOX;
      case "date":
        return FieldType.DATE;
      case "datetime":
        return FieldType.DATETIME;
      case "email":
        return FieldType.EMAIL;
      case "phone":
        return FieldType.PHONE;
      case "double":
      case "currency":
      case "percent":
      case "int":
      case "long":
        return FieldType.NUMBER;
      case "reference":
      case "id":
        return FieldType.REFERENCE;
      default:
        return FieldType.OTHER;
    }
  }

  /**
   * Lower case without separators: {@code date-time}, {@code date_time}, {@code DateTime} alike.
   */
  private static String normalize(String text) {
    if (text == null) {
      return "";
    }
    return text.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }
}
