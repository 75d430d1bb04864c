package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.internal.Texts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats an activity as a Salesforce note: a title within 80 characters naming the type and
 * subject ({@code Levitate email: Renewal}), a plain-text body within 32,000 bytes with the
 * activity's fields and times in the account's zone, and a reference line at the end.
 *
 * <pre>{@code
 * NoteContent note = NoteFormatter.create(ZoneId.of("America/New_York")).format(activity);
 * }</pre>
 */
final class NoteFormatter {
  private static final String TRUNCATED = "\n[... shortened to fit a Salesforce note]";

  private final ZoneId zone;
  private final DateTimeFormatter time;

  private NoteFormatter(ZoneId zone) {
    this.zone = zone;
    this.time = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT).withZone(zone);
  }

  /** A formatter that writes times in {@code zone}, the account's time zone. */
  static NoteFormatter create(ZoneId zone) {
    return new NoteFormatter(Objects.requireNonNull(zone, "zone == null"));
  }

  NoteContent format(Activity activity) {
    Objects.requireNonNull(activity, "activity == null");
    String reference = reference(activity);
    Body body = new Body();
    String title;
    if (activity instanceof EmailActivity email) {
      title = "Levitate email: " + email.subject();
      body.line("Email sent from Levitate")
          .field("Subject", email.subject())
          .field("From", email.sender())
          .field("To", String.join(", ", email.recipients()))
          .field("Sent", at(email.sentAt()))
          .text(email.body());
    } else if (activity instanceof PhoneCallActivity call) {
      title = "Levitate phone call" + call.outcome().map(o -> ": " + o).orElse("");
      body.line("Phone call logged in Levitate")
          .field("Time", at(call.time()))
          .field("Duration", duration(call.duration()))
          .field("Outcome", call.outcome().orElse(""))
          .text(call.notes().orElse(""));
    } else if (activity instanceof HandwrittenCardActivity card) {
      title = "Levitate handwritten card";
      body.line("Handwritten card sent through Levitate")
          .field("Sent on", card.sentDate().toString())
          .text(card.message());
    } else if (activity instanceof TextMessageActivity text) {
      boolean sent = text.direction() == TextMessageActivity.Direction.SENT;
      title = "Levitate text message " + (sent ? "sent" : "received");
      body.line("Text message " + (sent ? "sent from" : "received in") + " Levitate")
          .field("Time", at(text.time()))
          .text(text.message());
    } else if (activity instanceof NoteActivity note) {
      title = "Levitate note: " + firstLine(note.body());
      body.line("Note written in Levitate").field("Time", at(note.time())).text(note.body());
    } else {
      throw new IllegalArgumentException("unknown activity type " + activity.getClass().getName());
    }
    return NoteContent.builder()
        .title(Texts.cutChars(Texts.oneLine(title), NoteRequest.MAX_TITLE))
        .body(
            body.finish(
                "Levitate activity "
                    + Texts.oneLine(activity.id())
                    + " (version "
                    + activity.version()
                    + "), ref "
                    + reference))
        .reference(reference)
        .idempotencyKey("levitate-note-" + digest(activity).substring(0, 40))
        .build();
  }

  /**
   * The reference written into the note of this activity version: {@code LEV-} and 16 characters
   * derived from the id and version, short enough to read and unique enough to search for.
   */
  static String reference(Activity activity) {
    return "LEV-" + digest(activity).substring(0, 16).toUpperCase(Locale.ROOT);
  }

  private String at(Instant instant) {
    return time.format(instant) + " (" + zone.getId() + ")";
  }

  private static String duration(Duration duration) {
    long seconds = duration.getSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    return seconds % 60 == 0 ? minutes + " min" : minutes + " min " + seconds % 60 + " s";
  }

  private static String firstLine(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        return line;
      }
    }
    return "";
  }

  private static String digest(Activity activity) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha.digest(
              (activity.id() + "\u0000" + activity.version()).getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(hash.length * 2);
      for (byte b : hash) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The body: header lines, a free text, and the reference, cut to fit. */
  private static final class Body {
    private final StringBuilder head = new StringBuilder();
    private String text = "";

    Body line(String line) {
      head.append(line).append('\n');
      return this;
    }

    Body field(String name, String value) {
      String oneLine = Texts.oneLine(value);
      if (!oneLine.isEmpty()) {
        head.append(name).append(": ").append(Texts.cutChars(oneLine, 2_000)).append('\n');
      }
      return this;
    }

    Body text(String value) {
      this.text = value.replace("\r\n", "\n").strip();
      return this;
    }

    String finish(String referenceLine) {
      String tail = "\n\n" + referenceLine;
      String start = text.isEmpty() ? head.toString().stripTrailing() : head + "\n" + text;
      int room = NoteRequest.MAX_BODY_BYTES - Texts.utf8Length(tail);
      if (Texts.utf8Length(start) > room) {
        start = Texts.prefixUtf8(start, room - Texts.utf8Length(TRUNCATED)) + TRUNCATED;
      }
      return start + tail;
    }
  }
}
