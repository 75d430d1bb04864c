package ai.levitate.sf.merge.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldType;
import org.junit.jupiter.api.Test;

final class FieldTypesTest {
  private static FieldType merge(String type, String format) {
    return FieldTypes.fromMerge("Custom__c", true, type, format, false);
  }

  @Test
  void mergeTypesAndOpenTextFormatsMapToFieldTypes() {
    assertThat(merge("bool", null)).isEqualTo(FieldType.CHECKBOX);
    assertThat(merge("date", "date")).isEqualTo(FieldType.DATE);
    assertThat(merge("datetime", null)).isEqualTo(FieldType.DATETIME);
    assertThat(merge("date-time", null)).isEqualTo(FieldType.DATETIME);
    assertThat(merge("number", "currency")).isEqualTo(FieldType.NUMBER);
    assertThat(merge("list", null)).isEqualTo(FieldType.MULTIPICKLIST);
    assertThat(merge("string", "text")).isEqualTo(FieldType.STRING);
    assertThat(merge("string", "select")).isEqualTo(FieldType.PICKLIST);
    assertThat(merge("string", "Multi_Select")).isEqualTo(FieldType.MULTIPICKLIST);
    assertThat(merge("string", "email")).isEqualTo(FieldType.EMAIL);
    assertThat(merge("string", "phone_number")).isEqualTo(FieldType.PHONE);
    assertThat(merge("string", "textarea")).isEqualTo(FieldType.TEXTAREA);
    assertThat(merge("string", "uuid")).isEqualTo(FieldType.REFERENCE);
    assertThat(merge("string", "something new")).isEqualTo(FieldType.STRING);
    assertThat(merge("geolocation", null)).isEqualTo(FieldType.OTHER);
    assertThat(merge(null, null)).isEqualTo(FieldType.OTHER);
    assertThat(FieldTypes.fromMerge("Tier__c", true, "string", null, true))
        .isEqualTo(FieldType.PICKLIST);
  }

  @Test
  void wellKnownStandardFieldsKeepTheirSalesforceTypeButCustomOnesDoNot() {
    assertThat(FieldTypes.fromMerge("MobilePhone", false, "string", "text", false))
        .isEqualTo(FieldType.PHONE);
    assertThat(FieldTypes.fromMerge("Email", false, "string", null, false))
        .isEqualTo(FieldType.EMAIL);
    assertThat(FieldTypes.fromMerge("MailingStreet", false, "string", null, false))
        .isEqualTo(FieldType.TEXTAREA);
    assertThat(FieldTypes.fromMerge("Birthdate", false, "datetime", null, false))
        .isEqualTo(FieldType.DATE);
    assertThat(FieldTypes.fromMerge("Phone", true, "bool", null, false))
        .isEqualTo(FieldType.CHECKBOX);
  }

  @Test
  void salesforceDescribeTypesMapToFieldTypes() {
    assertThat(FieldTypes.fromSalesforce("string")).isEqualTo(FieldType.STRING);
    assertThat(FieldTypes.fromSalesforce("textarea")).isEqualTo(FieldType.TEXTAREA);
    assertThat(FieldTypes.fromSalesforce("picklist")).isEqualTo(FieldType.PICKLIST);
    assertThat(FieldTypes.fromSalesforce("multipicklist")).isEqualTo(FieldType.MULTIPICKLIST);
    assertThat(FieldTypes.fromSalesforce("boolean")).isEqualTo(FieldType.CHECKBOX);
    assertThat(FieldTypes.fromSalesforce("date")).isEqualTo(FieldType.DATE);
    assertThat(FieldTypes.fromSalesforce("datetime")).isEqualTo(FieldType.DATETIME);
    assertThat(FieldTypes.fromSalesforce("email")).isEqualTo(FieldType.EMAIL);
    assertThat(FieldTypes.fromSalesforce("phone")).isEqualTo(FieldType.PHONE);
    assertThat(FieldTypes.fromSalesforce("double")).isEqualTo(FieldType.NUMBER);
    assertThat(FieldTypes.fromSalesforce("currency")).isEqualTo(FieldType.NUMBER);
    assertThat(FieldTypes.fromSalesforce("percent")).isEqualTo(FieldType.NUMBER);
    assertThat(FieldTypes.fromSalesforce("int")).isEqualTo(FieldType.NUMBER);
    assertThat(FieldTypes.fromSalesforce("reference")).isEqualTo(FieldType.REFERENCE);
    assertThat(FieldTypes.fromSalesforce("id")).isEqualTo(FieldType.REFERENCE);
    assertThat(FieldTypes.fromSalesforce("url")).isEqualTo(FieldType.STRING);
    assertThat(FieldTypes.fromSalesforce("address")).isEqualTo(FieldType.OTHER);
  }
}
