package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.CursorRejectedException;
import ai.levitate.sf.core.spi.ReadPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one page of one slice on the run's thread and commits it with the slice's next position: a
 * page of a cursor-paged slice, or up to a page of contacts read one by one by id. The counterpart
 * of {@link WindowReader}, which pages many windows at once.
 */
final class SliceReader {
  private final RunContext ctx;
  private final RunDriver driver;

  SliceReader(RunContext ctx, RunDriver driver) {
    this.ctx = ctx;
    this.driver = driver;
  }

  /** Reads and commits the next page of the slice at {@code index} of the checkpoint. */
  void read(int index) {
    List<ReadPosition> positions = driver.checkpoint().positions();
    ReadPosition position = positions.get(index);
    List<SourceContact> contacts = new ArrayList<>();
    List<ContactProblem> unreadable = new ArrayList<>();
    ReadPosition next;
    if (position.oneByOne()) {
      int end = Math.min(position.idsRead() + ctx.pageSize(), position.remoteIds().size());
      for (String id : position.remoteIds().subList(position.idsRead(), end)) {
        ContactPage page =
            ctx.source()
                .readContacts(
                    position.purpose() == ReadPosition.Purpose.BY_MERGE_ID
                        ? byMergeId(position.query(), id)
                        : RunDriver.byId(position.query(), id));
        contacts.addAll(page.contacts());
        unreadable.addAll(page.unreadable());
      }
      next =
          end == position.remoteIds().size()
              ? ReadPosition.builder()
                  .from(position)
                  .remoteIds(List.of())
                  .idsRead(0)
                  .done(true)
                  .build()
              : ReadPosition.builder().from(position).idsRead(end).build();
    } else {
      ContactPage page;
      try {
        page = ctx.source().readContacts(position.query());
      } catch (CursorRejectedException e) {
        if (!driver.restartable(e, position.query())) {
          throw e;
        }
        driver.restart(index);
        return;
      }
      contacts.addAll(page.contacts());
      unreadable.addAll(page.unreadable());
      RunDriver.checkCursor(position, page);
      next =
          page.next()
              .map(
                  cursor ->
                      ReadPosition.builder()
                          .from(position)
                          .query(
                              ContactQuery.builder().from(position.query()).cursor(cursor).build())
                          .build())
              .orElseGet(() -> ReadPosition.builder().from(position).done(true).build());
    }
    List<ReadPosition> updated = new ArrayList<>(positions);
    updated.set(index, next);
    driver.commitRead(updated, contacts, driver.transform(contacts), unreadable);
  }

  private static ContactQuery byMergeId(ContactQuery template, String mergeId) {
    return ContactQuery.builder().from(template).mergeId(mergeId).cursor(Optional.empty()).build();
  }
}
