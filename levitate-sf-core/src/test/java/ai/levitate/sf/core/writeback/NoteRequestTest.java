package ai.levitate.sf.core.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

final class NoteRequestTest {
  private static NoteRequest.Builder note() {
    return NoteRequest.builder()
        .contactId("a1f0c4d2-0001")
        .title("Handwritten card sent")
        .body("Sent a birthday card.");
  }

  @Test
  void keepsWithinSalesforcesLimits() {
    assertThatThrownBy(() -> note().title("x".repeat(81)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "title must be at most 80 characters (Salesforce's limit for a note title),"
                + " was 81");
    assertThatThrownBy(() -> note().body("é".repeat(16_001)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "body must be at most 32000 bytes in UTF-8 (Salesforce's limit for a note"
                + " body), was 32002");
    assertThat(note().title("x".repeat(80)).body("é".repeat(16_000)).build().title()).hasSize(80);
  }

  @Test
  void refusesBlankIdsTitleAndAMalformedKey() {
    assertThatThrownBy(() -> note().title(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title must not be blank");
    assertThatThrownBy(() -> note().contactId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contactId must not be blank");
    assertThatThrownBy(() -> note().ownerId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ownerId must not be blank");
    assertThatThrownBy(() -> note().idempotencyKey("has space").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idempotencyKey must be 1 to 255 visible ASCII characters without spaces");
    assertThatThrownBy(() -> note().idempotencyKey("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idempotencyKey must be 1 to 255 visible ASCII characters without spaces");
  }

  @Test
  void anActivitysContentBecomesTheRequestWithItsKey() {
    NoteContent content =
        NoteContent.builder()
            .title("Levitate note")
            .body("Hi\n\nref r-1")
            .reference("r-1")
            .idempotencyKey("levitate-a-1-v1")
            .build();

    NoteRequest request = NoteRequest.of("m-7", Optional.of("u-3"), content);

    assertThat(request)
        .isEqualTo(
            NoteRequest.builder()
                .contactId("m-7")
                .ownerId("u-3")
                .title("Levitate note")
                .body("Hi\n\nref r-1")
                .idempotencyKey("levitate-a-1-v1")
                .build());
    assertThat(NoteRequest.of("m-7", Optional.empty(), content).ownerId()).isEmpty();
  }
}
