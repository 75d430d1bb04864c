package ai.levitate.sf.merge.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.merge.internal.wire.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FieldValuesTest {
  private static FieldValue read(String json, FieldType type) {
    try {
      return FieldValues.read(Json.mapper().readTree(json), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void nullAndEmptyTextAreEmptyForEveryType() {
    for (FieldType type : FieldType.values()) {
      assertThat(read("null", type)).isEqualTo(FieldValue.empty());
      assertThat(read("\"\"", type)).isEqualTo(FieldValue.empty());
    }
    assertThat(FieldValues.read(null, FieldType.STRING)).isEqualTo(FieldValue.empty());
  }

  @Test
  void aNumberInATextFieldIsWrittenOutUnlessItWouldTakeMoreThanAThousandDigits() {
    assertThat(read("1.50", FieldType.STRING)).isEqualTo(FieldValue.text("1.50"));
    assertThat(read("1e3", FieldType.PICKLIST)).isEqualTo(FieldValue.text("1000"));
    assertThat(read("12345678901234567890123", FieldType.STRING))
        .isEqualTo(FieldValue.text("12345678901234567890123"));
    // Written out, these would be a billion characters: minutes of work and gigabytes.
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThat(read("1e999999999", FieldType.STRING))
              .isEqualTo(
                  FieldValue.invalid(
                      "1E+999999999", "expected text, not a number of more than 1000 digits"));
          assertThat(read("-1.5e-999999999", FieldType.TEXTAREA))
              .isEqualTo(
                  FieldValue.invalid(
                      "-1.5E-999999999", "expected text, not a number of more than 1000 digits"));
        });
  }

  @Test
  void checkboxesComeAsBooleansOrAsTrueAndFalseText() {
    assertThat(read("true", FieldType.CHECKBOX)).isEqualTo(FieldValue.bool(true));
    assertThat(read("\"false\"", FieldType.CHECKBOX)).isEqualTo(FieldValue.bool(false));
    assertThat(read("\" TRUE \"", FieldType.CHECKBOX)).isEqualTo(FieldValue.bool(true));
    assertThat(read("1", FieldType.CHECKBOX))
        .isEqualTo(FieldValue.invalid("1", "expected true or false"));
  }

  @Test
  void multipicklistsComeAsListsOrAsOneSemicolonString() {
    FieldValue expected = FieldValue.multi(List.of("Golf", "Sailing"));
    assertThat(read("[\"Golf\", \"Sailing\"]", FieldType.MULTIPICKLIST)).isEqualTo(expected);
    assertThat(read("\"Golf;Sailing\"", FieldType.MULTIPICKLIST)).isEqualTo(expected);
    assertThat(read("\"Golf; Sailing;\"", FieldType.MULTIPICKLIST)).isEqualTo(expected);
    assertThat(read("[\"Golf\", null, \" \", \"Sailing\"]", FieldType.MULTIPICKLIST))
        .isEqualTo(expected);
    assertThat(read("[]", FieldType.MULTIPICKLIST)).isEqualTo(FieldValue.multi(List.of()));
    assertThat(read("[{\"a\": 1}]", FieldType.MULTIPICKLIST))
        .isEqualTo(FieldValue.invalid("[{\"a\":1}]", "expected a list of picklist values"));
  }

  @Test
  void datesAndDateTimesKeepTheirMeaning() {
    assertThat(read("\"1980-05-14\"", FieldType.DATE))
        .isEqualTo(FieldValue.date(LocalDate.of(1980, 5, 14)));
    assertThat(read("\"2024-01-01T12:00:00.000+0000\"", FieldType.DATETIME))
        .isEqualTo(FieldValue.dateTime(Instant.parse("2024-01-01T12:00:00Z")));
    assertThat(read("\"2024-01-05\"", FieldType.DATETIME))
        .isEqualTo(FieldValue.date(LocalDate.of(2024, 1, 5)));
    assertThat(read("19800514", FieldType.DATE))
        .isEqualTo(FieldValue.invalid("19800514", "expected a date as YYYY-MM-DD"));
  }

  @Test
  void aDateFieldTakesAMidnightDateTimeAsItsDateAndRefusesAnyOtherTime() {
    assertThat(read("\"1980-05-14T00:00:00.000+0000\"", FieldType.DATE))
        .isEqualTo(FieldValue.date(LocalDate.of(1980, 5, 14)));
    assertThat(read("\"1980-05-14T00:00:00-08:00\"", FieldType.DATE))
        .isEqualTo(FieldValue.date(LocalDate.of(1980, 5, 14)));
    assertThat(read("\"1980-05-14T08:00:00Z\"", FieldType.DATE))
        .isEqualTo(
            FieldValue.invalid(
                "1980-05-14T08:00:00Z", "expected a date, not a time of day other than midnight"));
  }

  @Test
  void numbersKeepTheirDecimals() {
    assertThat(read("0.1", FieldType.NUMBER)).isEqualTo(FieldValue.number(new BigDecimal("0.1")));
    assertThat(read("\"1234.50\"", FieldType.NUMBER))
        .isEqualTo(FieldValue.number(new BigDecimal("1234.50")));
    assertThat(read("true", FieldType.NUMBER))
        .isEqualTo(FieldValue.invalid("true", "expected a number"));
  }

  @Test
  void textFieldsTakeScalarsAsTextAndListsAsSelections() {
    assertThat(read("\"Gold\"", FieldType.PICKLIST)).isEqualTo(FieldValue.text("Gold"));
    assertThat(read("42", FieldType.STRING)).isEqualTo(FieldValue.text("42"));
    assertThat(read("1.50", FieldType.STRING)).isEqualTo(FieldValue.text("1.50"));
    assertThat(read("false", FieldType.OTHER)).isEqualTo(FieldValue.text("false"));
    assertThat(read("[\"a\", \"b\"]", FieldType.STRING))
        .isEqualTo(FieldValue.multi(List.of("a", "b")));
    assertThat(read("{\"street\": \"x\"}", FieldType.OTHER))
        .isEqualTo(FieldValue.invalid("{\"street\":\"x\"}", "expected text"));
  }
}
