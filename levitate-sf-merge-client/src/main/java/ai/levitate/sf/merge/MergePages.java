package ai.levitate.sf.merge;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A Merge list read lazily, page by page: nothing is fetched until iteration asks for a page, and
 * each iteration starts again from the first page.
 *
 * <p>Paging stops with a {@link MergeInvalidResponseException} when Merge hands back a cursor it
 * already gave in this iteration, or a page with no records that still has a next cursor, rather
 * than looping for ever.
 *
 * <pre>{@code
 * try (Stream<SourceUser> users = client.users().items()) {
 *   users.filter(u -> u.active().orElse(false)).forEach(this::show);
 * }
 * }</pre>
 */
public final class MergePages<T> implements Iterable<MergePage<T>> {
  private final String request;
  private final Optional<String> start;
  private final Function<Optional<String>, MergePage<T>> fetch;

  MergePages(
      String request, Optional<String> start, Function<Optional<String>, MergePage<T>> fetch) {
    this.request = request;
    this.start = start;
    this.fetch = fetch;
  }

  @Override
  public Iterator<MergePage<T>> iterator() {
    return new PageIterator();
  }

  public Stream<MergePage<T>> pages() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The records of every page in order; unreadable ones are left out. */
  public Stream<T> items() {
    return pages().flatMap(page -> page.items().stream());
  }

  /** Every record of every page, read at once. */
  public List<T> toList() {
    return items().toList();
  }

  private final class PageIterator implements Iterator<MergePage<T>> {
    private final Set<String> seen = new HashSet<>();
    private Optional<String> cursor = start;
    private boolean done;
    private int pages;

    PageIterator() {
      start.ifPresent(seen::add);
    }

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public MergePage<T> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      MergePage<T> page = fetch.apply(cursor);
      pages++;
      if (page.next().isEmpty()) {
        done = true;
      } else if (page.size() == 0) {
        done = true;
        throw stopped(request, "page " + pages + " came back empty but names a next page");
      } else if (!seen.add(page.next().get())) {
        done = true;
        throw stopped(request, "page " + pages + " names a next cursor Merge already gave");
      }
      cursor = page.next();
      return page;
    }
  }

  /** The failure of a list whose pages would never end; {@code what} says why. */
  static MergeInvalidResponseException stopped(String request, String what) {
    return new MergeInvalidResponseException(
        request + ": " + what + "; paging stopped instead of looping for ever",
        MergeExchange.builder().request(request).build(),
        null);
  }
}
