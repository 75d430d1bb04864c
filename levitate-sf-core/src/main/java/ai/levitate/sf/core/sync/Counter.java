package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.RunCounts;
import java.util.EnumMap;
import java.util.Map;

/** {@link RunCounts} while a run adds to them; starts from the checkpoint's counts on resume. */
final class Counter {
  long created;
  long updated;
  long unchanged;
  long archived;
  long restored;
  long removed;
  long held;
  long unassigned;
  long read;
  long pages;
  long requests;
  private final Map<ContactSkipReason, Long> skipped = new EnumMap<>(ContactSkipReason.class);
  final FieldProblemTally fieldProblems = new FieldProblemTally();

  Counter(RunCounts counts) {
    reset(counts);
  }

  /** Back to {@code counts}, e.g. before a page is decided again. */
  void reset(RunCounts counts) {
    created = counts.created();
    updated = counts.updated();
    unchanged = counts.unchanged();
    archived = counts.archived();
    restored = counts.restored();
    removed = counts.removed();
    held = counts.held();
    unassigned = counts.unassignedOwners();
    read = counts.contactsRead();
    pages = counts.pages();
    requests = counts.mergeRequests();
    skipped.clear();
    skipped.putAll(counts.skipped());
    fieldProblems.reset(counts.fieldProblems());
  }

  void skipped(ContactSkipReason reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  RunCounts snapshot() {
    return RunCounts.builder()
        .created(created)
        .updated(updated)
        .unchanged(unchanged)
        .archived(archived)
        .restored(restored)
        .removed(removed)
        .held(held)
        .skipped(skipped)
        .fieldProblems(fieldProblems.snapshot())
        .unassignedOwners(unassigned)
        .contactsRead(read)
        .pages(pages)
        .mergeRequests(requests)
        .build();
  }
}
