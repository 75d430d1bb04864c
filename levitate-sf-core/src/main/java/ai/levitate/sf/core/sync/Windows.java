package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ReadPosition;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The windows of Merge's {@code created_at} that a partitioned read pages side by side, and what a
 * page of one does to them.
 *
 * <p>A window holds the contacts created in {@code [from, to)}: its query asks for {@code
 * created_after = from - 1 µs} and {@code created_before = to}. Merge's bounds are exclusive and
 * its timestamps are microseconds, so windows {@code [a, b)} and {@code [b, c)} share no contact
 * and miss none; an open end has no bound. The windows of one slice lie in the checkpoint in order
 * and cover every instant; finished neighbours are coalesced into one finished window.
 *
 * <p>Merge lists records in {@code created_at} order (help.merge.dev, "How is Merge data sorted"),
 * so a page holds the earliest contacts of its window not read yet (or the latest, if listed newest
 * first; the page shows which). A page splits its window only when readers are idle and the rest of
 * the window, at the page's density, would keep each piece busy for at least {@link
 * Policy#minPiecePages()} pages: the unread range is cut at even instants into one piece per idle
 * reader plus one. Cutting at even instants rather than at the page's density keeps windows from
 * landing in the gaps of bursty data (Merge stores an initial sync's contacts within minutes, later
 * ones over years), so empty windows are rare and each costs one request of a reader that was idle.
 * The page's contacts at the edge instant are left to the new windows, so none is read twice. A
 * page out of {@code created_at} order, or with a record that lacks it, never splits: its window is
 * paged to the end.
 */
final class Windows {
  private Windows() {}

  /** How eagerly a slice is split. */
  record Policy(int minPiecePages, int pagesBeforeSplit) {
    /**
     * A full pass splits into pieces of at least 2 pages, from its first page on. An incremental
     * read splits only after 10 pages read in sequence, and only into pieces of 10 pages or more:
     * the contacts it reads are the changed ones, whose creation times a page's density says little
     * about, and each piece may end on a part page. So a small incremental run costs exactly its
     * pages.
     */
    static Policy of(ReadPosition.Purpose purpose) {
      return purpose == ReadPosition.Purpose.ALL ? new Policy(2, 0) : new Policy(10, 10);
    }
  }

  /**
   * What one page of a window does: the positions replacing the window, and the contacts read now.
   */
  record Step(List<ReadPosition> replacement, Optional<Long> edge, boolean ascending) {
    /** Whether the page's {@code contact} is synced now, rather than left to a new window. */
    boolean readsNow(SourceContact contact) {
      return readsNow(contact.createdAt());
    }

    /** Whether a record of the page created at {@code createdAt} is read now. */
    boolean readsNow(Optional<Instant> createdAt) {
      if (edge.isEmpty()) {
        return true;
      }
      long created = micros(createdAt.orElseThrow());
      return ascending ? created < edge.get() : created > edge.get();
    }

    /** Whether the page split its window. */
    boolean split() {
      return edge.isPresent();
    }
  }

  /** Whether positions of this kind are windows that may be split and paged side by side. */
  static boolean splittable(ReadPosition position) {
    ReadPosition.Purpose purpose = position.purpose();
    return (purpose == ReadPosition.Purpose.ALL || purpose == ReadPosition.Purpose.MODIFIED)
        && position.query().accountId().isEmpty()
        && position.query().remoteId().isEmpty();
  }

  /** The window's lower bound in microseconds, inclusive; empty when open. */
  static Optional<Long> from(ContactQuery query) {
    return query.createdAfter().map(t -> micros(t) + 1);
  }

  /** The window's upper bound in microseconds, exclusive; empty when open. */
  static Optional<Long> to(ContactQuery query) {
    return query.createdBefore().map(Windows::micros);
  }

  /**
   * What {@code page}, read with {@code window}'s query, does to the window, when {@code idle} more
   * windows could be read at once than are unfinished now.
   */
  static Step step(
      ReadPosition window, ContactPage page, Policy policy, Instant horizon, int idle) {
    List<Optional<Instant>> created = new ArrayList<>(page.contacts().size());
    page.contacts().forEach(c -> created.add(c.createdAt()));
    return step(window, page.next(), created, page.unreadable().isEmpty(), policy, horizon, idle);
  }

  /**
   * What a page does to its window, given the page's {@code next} cursor and the {@code created}
   * instants of its records in order; {@code clean} when every record on it could be read (a page
   * with an unreadable record, whose instant is unknown, never splits). For any list Merge pages by
   * {@code created_at}: contacts, and accounts, whose windows are queries of the same shape.
   */
  static Step step(
      ReadPosition window,
      Optional<String> next,
      List<Optional<Instant>> created,
      boolean clean,
      Policy policy,
      Instant horizon,
      int idle) {
    if (next.isEmpty()) {
      return new Step(
          List.of(ReadPosition.builder().from(window).done(true).build()), Optional.empty(), true);
    }
    Optional<Step> split =
        idle < 1 || !clean
            ? Optional.empty()
            : split(window, created, policy, micros(horizon), idle);
    return split.orElseGet(
        () ->
            new Step(
                List.of(
                    ReadPosition.builder()
                        .from(window)
                        .query(ContactQuery.builder().from(window.query()).cursor(next).build())
                        .build()),
                Optional.empty(),
                true));
  }

  private static Optional<Step> split(
      ReadPosition window,
      List<Optional<Instant>> instants,
      Policy policy,
      long horizon,
      int idle) {
    int n = instants.size();
    if (n < 2) {
      return Optional.empty();
    }
    long[] created = new long[n];
    boolean ascending = true;
    boolean descending = true;
    for (int i = 0; i < n; i++) {
      Optional<Instant> at = instants.get(i);
      if (at.isEmpty()) {
        return Optional.empty();
      }
      created[i] = micros(at.get());
      if (i > 0) {
        ascending &= created[i] >= created[i - 1];
        descending &= created[i] <= created[i - 1];
      }
    }
    if (ascending == descending) {
      return Optional.empty(); // all at one instant, or in no created_at order
    }
    ContactQuery query = window.query();
    long edge = created[n - 1];
    long span = Math.abs(edge - created[0]);
    long near = ascending ? edge : edge + 1;
    Optional<Long> far = ascending ? to(query) : from(query);
    // An open end reaches the run's start above (nothing is created later) and 1970 below.
    long reach =
        ascending ? far.orElse(Math.max(horizon, edge + span)) - near : near - far.orElse(0L);
    double pages = reach * ((n - 1) / (double) span) / query.pageSize();
    int pieces =
        (int) Math.min(Math.min(idle + 1L, reach), (long) (pages / policy.minPiecePages()));
    if (pieces < 2) {
      return Optional.empty();
    }
    List<Long> bounds = new ArrayList<>();
    for (int i = 1; i < pieces; i++) {
      long offset = (long) (reach * (i / (double) pieces));
      bounds.add(ascending ? near + offset : near - offset);
    }
    List<ReadPosition> replacement = new ArrayList<>();
    ReadPosition.Purpose purpose = window.purpose();
    if (ascending) {
      replacement.add(done(purpose, query, from(query), Optional.of(edge)));
      Optional<Long> lower = Optional.of(near);
      for (long bound : bounds) {
        replacement.add(window(purpose, query, lower, Optional.of(bound)));
        lower = Optional.of(bound);
      }
      replacement.add(window(purpose, query, lower, far));
    } else {
      Collections.reverse(bounds);
      Optional<Long> lower = far;
      for (long bound : bounds) {
        replacement.add(window(purpose, query, lower, Optional.of(bound)));
        lower = Optional.of(bound);
      }
      replacement.add(window(purpose, query, lower, Optional.of(near)));
      replacement.add(done(purpose, query, Optional.of(near), to(query)));
    }
    return Optional.of(new Step(replacement, Optional.of(edge), ascending));
  }

  /**
   * {@code positions} with the one at {@code index} replaced by {@code replacement}, finished
   * windows next to each other coalesced.
   */
  static List<ReadPosition> replace(
      List<ReadPosition> positions, int index, List<ReadPosition> replacement) {
    List<ReadPosition> out = new ArrayList<>(positions.size() + replacement.size());
    List<ReadPosition> all = new ArrayList<>(positions.subList(0, index));
    all.addAll(replacement);
    all.addAll(positions.subList(index + 1, positions.size()));
    for (ReadPosition position : all) {
      ReadPosition last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.done() && position.done() && adjacent(last, position)) {
        out.set(
            out.size() - 1,
            done(last.purpose(), last.query(), from(last.query()), to(position.query())));
      } else {
        out.add(position);
      }
    }
    return out;
  }

  /** Whether {@code upper} begins where {@code lower} ends, both windows of one slice. */
  static boolean adjacent(ReadPosition lower, ReadPosition upper) {
    Optional<Long> end = to(lower.query());
    return lower.purpose() == upper.purpose()
        && splittable(lower)
        && splittable(upper)
        && end.isPresent()
        && end.equals(from(upper.query()));
  }

  private static ReadPosition window(
      ReadPosition.Purpose purpose, ContactQuery template, Optional<Long> from, Optional<Long> to) {
    return ReadPosition.of(
        purpose,
        ContactQuery.builder()
            .from(template)
            .createdAfter(from.map(f -> instant(f - 1)))
            .createdBefore(to.map(Windows::instant))
            .cursor(Optional.empty())
            .build());
  }

  private static ReadPosition done(
      ReadPosition.Purpose purpose, ContactQuery template, Optional<Long> from, Optional<Long> to) {
    return ReadPosition.builder().from(window(purpose, template, from, to)).done(true).build();
  }

  static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  static Instant instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
