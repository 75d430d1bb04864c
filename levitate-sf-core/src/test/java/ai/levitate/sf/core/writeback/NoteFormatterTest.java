package ai.levitate.sf.core.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class NoteFormatterTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant AT = Instant.parse("2026-03-08T14:05:00Z");
  private final NoteFormatter formatter = NoteFormatter.create(NEW_YORK);

  @Test
  void emailNoteNamesTheSubjectAndListsTheFields() {
    NoteContent note =
        formatter.format(
            EmailActivity.builder()
                .id("act-1")
                .levitateContactId("c-1")
                .salesforceContactId("0035e00000AbCdEAAZ")
                .subject("Renewal")
                .body("Hi Peggy,\r\n\r\nYour policy renews next month.\r\n")
                .sender("advisor@firm.example")
                .addRecipients("peggy@example.com", "ops@example.com")
                .sentAt(AT)
                .build());

    assertThat(note.title()).isEqualTo("Levitate email: Renewal");
    assertThat(note.body())
        .isEqualTo(
            "Email sent from Levitate\n"
                + "Subject: Renewal\n"
                + "From: advisor@firm.example\n"
                + "To: peggy@example.com, ops@example.com\n"
                + "Sent: 2026-03-08 10:05 -04:00 (America/New_York)\n"
                + "\n"
                + "Hi Peggy,\n\nYour policy renews next month.\n"
                + "\n"
                + "Levitate activity act-1 (version 1), ref "
                + note.reference());
    assertThat(note.reference()).matches("LEV-[0-9A-F]{16}");
  }

  @Test
  void phoneCallNoteCarriesDurationAndOutcome() {
    NoteContent note =
        formatter.format(
            PhoneCallActivity.builder()
                .id("call-9")
                .version(2)
                .levitateContactId("c-1")
                .time(Instant.parse("2026-01-15T17:00:00Z"))
                .duration(Duration.ofSeconds(754))
                .outcome("Left voicemail")
                .notes("Asked for a call back.")
                .build());

    assertThat(note.title()).isEqualTo("Levitate phone call: Left voicemail");
    assertThat(note.body())
        .startsWith(
            "Phone call logged in Levitate\n"
                + "Time: 2026-01-15 12:00 -05:00 (America/New_York)\n"
                + "Duration: 12 min 34 s\n"
                + "Outcome: Left voicemail\n"
                + "\n"
                + "Asked for a call back.\n"
                + "\n"
                + "Levitate activity call-9 (version 2), ref LEV-");
  }

  @Test
  void handwrittenCardNoteKeepsTheCalendarDate() {
    NoteContent note =
        formatter.format(
            HandwrittenCardActivity.builder()
                .id("card-3")
                .levitateContactId("c-1")
                .sentDate(LocalDate.of(2024, 2, 29))
                .message("Happy birthday!")
                .build());

    assertThat(note.title()).isEqualTo("Levitate handwritten card");
    assertThat(note.body())
        .startsWith(
            "Handwritten card sent through Levitate\n"
                + "Sent on: 2024-02-29\n\nHappy birthday!\n\n");
  }

  @Test
  void textMessageNoteSaysWhichWay() {
    TextMessageActivity.Direction received = TextMessageActivity.Direction.RECEIVED;
    NoteContent note =
        formatter.format(
            TextMessageActivity.builder()
                .id("sms-1")
                .levitateContactId("c-1")
                .direction(received)
                .time(AT)
                .message("Thanks!")
                .build());

    assertThat(note.title()).isEqualTo("Levitate text message received");
    assertThat(note.body())
        .startsWith(
            "Text message received in Levitate\n"
                + "Time: 2026-03-08 10:05 -04:00 (America/New_York)\n\nThanks!");
  }

  @Test
  void plainNoteIsTitledByItsFirstLine() {
    NoteContent note =
        formatter.format(
            NoteActivity.builder()
                .id("n-1")
                .levitateContactId("c-1")
                .time(AT)
                .body("\n  Met at the golf club \nTalked about grandchildren.")
                .build());

    assertThat(note.title()).isEqualTo("Levitate note: Met at the golf club");
  }

  @Test
  void longTitleIsCutTo80Characters() {
    NoteContent note =
        formatter.format(
            EmailActivity.builder()
                .id("act-2")
                .levitateContactId("c-1")
                .subject("Quarterly review ".repeat(10))
                .body("")
                .sender("a@b.example")
                .sentAt(AT)
                .build());

    assertThat(note.title())
        .hasSize(80)
        .startsWith("Levitate email: Quarterly review")
        .endsWith("...");
  }

  @Test
  void hugeBodyIsShortenedButKeepsItsReference() {
    NoteContent note =
        formatter.format(
            NoteActivity.builder()
                .id("n-2")
                .levitateContactId("c-1")
                .time(AT)
                .body("word ".repeat(20_000))
                .build());

    assertThat(note.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(NoteRequest.MAX_BODY_BYTES);
    assertThat(note.body())
        .contains("[... shortened to fit a Salesforce note]")
        .endsWith("ref " + note.reference());
  }

  @Test
  void hugeBodyOfWideCharactersFitsInBytesWithoutSplittingOne() {
    NoteContent note =
        formatter.format(
            NoteActivity.builder()
                .id("n-4")
                .levitateContactId("c-1")
                .time(AT)
                .body("\u4E2D\uD83C\uDF89".repeat(20_000))
                .build());

    byte[] utf8 = note.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(utf8.length).isLessThanOrEqualTo(NoteRequest.MAX_BODY_BYTES).isGreaterThan(31_000);
    assertThat(new String(utf8, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(note.body());
    assertThat(note.body()).doesNotContain("\uFFFD").endsWith("ref " + note.reference());
  }

  @Test
  void sameVersionGivesTheSameNoteAndKeyAndANewVersionDoesNot() {
    NoteActivity v1 =
        NoteActivity.builder().id("n-3").levitateContactId("c-1").time(AT).body("x").build();
    NoteActivity v2 = NoteActivity.builder().from(v1).version(2).build();

    assertThat(formatter.format(v1)).isEqualTo(NoteFormatter.create(NEW_YORK).format(v1));
    assertThat(formatter.format(v2).idempotencyKey())
        .isNotEqualTo(formatter.format(v1).idempotencyKey());
    assertThat(formatter.format(v2).reference()).isNotEqualTo(formatter.format(v1).reference());
    assertThat(formatter.format(v1).idempotencyKey()).matches("levitate-note-[0-9a-f]{40}");
  }

  @Test
  void activitiesCheckTheirIds() {
    assertThatThrownBy(
            () -> NoteActivity.builder().id(" ").levitateContactId("c").time(AT).body("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("activity id must not be blank");
    assertThatThrownBy(
            () ->
                NoteActivity.builder()
                    .id("a")
                    .version(0)
                    .levitateContactId("c")
                    .time(AT)
                    .body("")
                    .build())
        .hasMessage("activity version must be at least 1, was 0");
  }
}
