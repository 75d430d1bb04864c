package ai.levitate.sf.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class FieldCatalogTest {
  private static final FieldCatalog CATALOG =
      FieldCatalog.of(
          FieldDescriptor.of("Birthdate", "Birthdate", FieldType.DATE),
          FieldDescriptor.of("Anniversary__c", "Anniversary", FieldType.DATE),
          FieldDescriptor.of("Created_Day__c", "Created Day", FieldType.DATE),
          FieldDescriptor.of("HasOptedOutOfEmail", "Email Opt Out", FieldType.CHECKBOX),
          FieldDescriptor.of("DoNotCall", "Do Not Call", FieldType.CHECKBOX),
          FieldDescriptor.of("Nickname__c", "Nickname", FieldType.STRING),
          FieldDescriptor.of("Title", "Title", FieldType.STRING),
          FieldDescriptor.of("Revenue__c", "Revenue", FieldType.NUMBER));

  @Test
  void looksUpFieldsWithoutRegardToCase() {
    assertThat(CATALOG.field("birthdate")).map(FieldDescriptor::apiName).contains("Birthdate");
    assertThat(CATALOG.contains("NICKNAME__C")).isTrue();
    assertThat(CATALOG.field("Missing__c")).isEmpty();
  }

  @Test
  void refusesTheSameFieldTwice() {
    assertThatThrownBy(
            () ->
                FieldCatalog.of(
                    FieldDescriptor.of("Email", "Email", FieldType.EMAIL),
                    FieldDescriptor.of("EMAIL", "Email", FieldType.EMAIL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field catalog lists EMAIL twice (also as Email)");
  }

  @Test
  void candidatesFitTheRoleMostLikelyFirst() {
    assertThat(CATALOG.candidates(FieldRole.KEY_FACT))
        .extracting(FieldDescriptor::apiName)
        .containsExactly("Anniversary__c", "Birthdate", "Created_Day__c");
    assertThat(CATALOG.candidates(FieldRole.OPT_OUT))
        .extracting(FieldDescriptor::apiName)
        .containsExactly(
            "HasOptedOutOfEmail", "Anniversary__c", "Created_Day__c", "Birthdate", "DoNotCall");
    assertThat(CATALOG.candidates(FieldRole.NICKNAME))
        .extracting(FieldDescriptor::apiName)
        .containsExactly("Nickname__c", "Title");
    assertThat(CATALOG.candidates(FieldRole.TAG))
        .extracting(FieldDescriptor::apiName)
        .containsExactly("Nickname__c", "DoNotCall", "HasOptedOutOfEmail", "Title");
  }

  @Test
  void customDefaultsFromTheApiName() {
    assertThat(CATALOG.field("Nickname__c").orElseThrow().custom()).isTrue();
    assertThat(CATALOG.field("Title").orElseThrow().custom()).isFalse();
  }

  @Test
  void choiceLabelFallsBackToTheValue() {
    FieldDescriptor segment =
        FieldDescriptor.builder()
            .apiName("Segment__c")
            .label("Segment")
            .type(FieldType.PICKLIST)
            .addChoices(PicklistChoice.of("A", "Tier A"))
            .build();

    assertThat(segment.choiceLabel("A")).isEqualTo("Tier A");
    assertThat(segment.choiceLabel("Z")).isEqualTo("Z");
  }

  @Test
  void roleRequirementReadsAsASentencePart() {
    assertThat(FieldRole.KEY_FACT.requirement()).isEqualTo("a key fact must be a DATE field");
    assertThat(FieldRole.DECEASED.requirement())
        .isEqualTo("a deceased indicator must be a DATE, DATETIME or CHECKBOX field");
  }
}
