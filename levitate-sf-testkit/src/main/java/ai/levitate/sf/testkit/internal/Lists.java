package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.testkit.FaultKind;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.function.IntPredicate;

/**
 * Merge's list answer, {@code {"next", "previous", "results"}}, with the list faults (a repeated
 * cursor, a record again on the next page, a shell record) applied when one was injected.
 */
public final class Lists {
  private Lists() {}

  /** Writes the record at a list position, or its shell (ids and metadata only). */
  public interface ItemWriter {
    void write(JsonGenerator out, int position, boolean shell) throws IOException;
  }

  public static Answer page(
      int size, IntPredicate matches, Params params, ItemWriter writer, FaultKind fault) {
    String cursorText = params.last("cursor");
    Cursor cursor = cursorText == null ? null : Cursor.decode(cursorText);
    Pager.Page page = Pager.page(size, matches, cursor, params.pageSize());
    String next = page.nextStart() < 0 ? null : new Cursor(page.nextStart(), page.start()).encode();
    boolean repeatLast = false;
    if (fault == FaultKind.REPEATED_CURSOR) {
      next = new Cursor(page.start(), page.back()).encode();
    } else if (fault == FaultKind.DUPLICATE_RECORD && page.count() > 0) {
      if (page.nextStart() >= 0) {
        next = new Cursor(page.last(), page.start()).encode();
      } else {
        repeatLast = true;
      }
    }
    String previous = page.back() < 0 ? null : new Cursor(page.back(), -1).encode();
    String nextCursor = next;
    boolean repeat = repeatLast;
    return Answer.json(
        200,
        out -> {
          out.writeStartObject();
          out.writeStringField("next", nextCursor);
          out.writeStringField("previous", previous);
          out.writeArrayFieldStart("results");
          for (int i = 0; i < page.count(); i++) {
            writer.write(out, page.positions()[i], i == 0 && fault == FaultKind.SHELL_RECORD);
          }
          if (repeat) {
            writer.write(out, page.last(), false);
          }
          out.writeEndArray();
          out.writeEndObject();
        });
  }

  /** Writes the fields every shell record keeps. */
  public static void shell(
      JsonGenerator out, String id, String remoteId, long created, long modified)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("id", id);
    out.writeStringField("remote_id", remoteId);
    out.writeStringField("created_at", Times.merge(created));
    out.writeStringField("modified_at", Times.merge(modified));
    out.writeBooleanField("remote_was_deleted", false);
    out.writeNullField("field_mappings");
    out.writeNullField("remote_data");
    out.writeEndObject();
  }
}
