package ai.levitate.sf.core.writeback;

import java.util.List;
import java.util.Objects;

/**
 * How a note write ended, as the note writer tells the engine. Only {@link Rejected} is final
 * without a note; {@link Failed} and {@link Uncertain} are looked up by reference and retried on a
 * later run, with the same idempotency key.
 */
public sealed interface NoteWriteResult {

  /** Salesforce has the note. */
  record Written(String noteId, List<String> warnings) implements NoteWriteResult {
    public Written {
      Objects.requireNonNull(noteId, "noteId == null");
      warnings = List.copyOf(warnings);
    }
  }

  /** Merge refused the note for good (a 4xx, or a 2xx listing errors); retrying cannot help. */
  record Rejected(List<String> problems) implements NoteWriteResult {
    public Rejected {
      problems = List.copyOf(problems);
    }
  }

  /** The write failed before Merge could store it (rate limited, unavailable); try again later. */
  record Failed(String reason) implements NoteWriteResult {
    public Failed {
      Objects.requireNonNull(reason, "reason == null");
    }
  }

  /** The request may have reached Merge but no answer came (timeout, dropped connection). */
  record Uncertain(String reason) implements NoteWriteResult {
    public Uncertain {
      Objects.requireNonNull(reason, "reason == null");
    }
  }
}
