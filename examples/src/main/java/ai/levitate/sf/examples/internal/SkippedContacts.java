package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.SyncListener;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every contact the runs of this invocation skipped for a problem ({@link
 * SyncListener#contactSkipped}), with why, for {@code report.json}: the report's counts say how
 * many were skipped for each reason, the console and the preview show a few, and this says which.
 * At most {@value #KEPT} are kept; the rest are counted.
 */
public final class SkippedContacts extends ListenerBeside {
  static final int KEPT = 10_000;

  private static final JsonFactory JSON = new JsonFactory();

  /** One skipped contact. */
  record Skipped(
      String runId,
      Optional<String> salesforceId,
      Optional<String> mergeId,
      ContactSkipReason reason,
      String message) {}

  private final List<Skipped> kept = new ArrayList<>();
  private long leftOut;

  /** Follows runs beside {@code listener}, which it tells everything first. */
  public SkippedContacts(SyncListener listener) {
    super(listener);
  }

  @Override
  public void contactSkipped(String runId, ContactProblem problem) {
    super.contactSkipped(runId, problem);
    synchronized (this) {
      if (kept.size() < KEPT) {
        kept.add(
            new Skipped(
                runId,
                problem.salesforceId(),
                problem.mergeId(),
                ContactSkipReason.of(problem.kind()),
                problem.message()));
      } else {
        leftOut++;
      }
    }
  }

  /**
   * {@code "skipped":[{"runId", "salesforceId", "mergeId", "reason", "message"}, ...],
   * "skippedLeftOut":N}: the members {@code report.json} ends with, an absent id as {@code null}.
   */
  synchronized String members() {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      // Members of the report's object: written as an object of their own, its braces cut off.
      out.writeStartObject();
      out.writeFieldName("skipped");
      out.writeStartArray();
      for (Skipped s : kept) {
        out.writeStartObject();
        out.writeStringField("runId", s.runId());
        out.writeStringField("salesforceId", s.salesforceId().orElse(null));
        out.writeStringField("mergeId", s.mergeId().orElse(null));
        out.writeStringField("reason", s.reason().name());
        out.writeStringField("message", s.message());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeNumberField("skippedLeftOut", leftOut);
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String object = text.toString();
    return object.substring(1, object.length() - 1);
  }
}
