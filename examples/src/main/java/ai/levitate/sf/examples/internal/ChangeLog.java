package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.SyncBatch;
import java.util.ArrayList;
import java.util.List;

/** The host's sink, noting the changes of each batch it committed, in order, for {@code changes.jsonl}. */
final class ChangeLog implements ContactSink {
  private final ContactSink sink;
  private final boolean keep;
  private final List<ContactChange> changes = new ArrayList<>();

  ChangeLog(ContactSink sink, boolean keep) {
    this.sink = sink;
    this.keep = keep;
  }

  @Override
  public void commit(SyncBatch batch) {
    sink.commit(batch);
    if (keep) {
      changes.addAll(batch.changes());
    }
  }

  List<ContactChange> changes() {
    return List.copyOf(changes);
  }
}
