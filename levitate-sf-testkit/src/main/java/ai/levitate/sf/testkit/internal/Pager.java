package ai.levitate.sf.testkit.internal;

import java.util.function.IntPredicate;

/**
 * Cursor paging over a list in a fixed order: a page is the next {@code size} positions from the
 * cursor that match the filters. The scan stops at the first match after the page, which becomes
 * the next cursor, so paging through a list of any length visits each position once.
 */
public final class Pager {
  private Pager() {}

  /** One page: the matching positions and where the next page starts (-1 on the last). */
  public record Page(int[] positions, int count, int start, int back, int nextStart) {
    public int last() {
      return positions[count - 1];
    }
  }

  public static Page page(int size, IntPredicate matches, Cursor cursor, int pageSize) {
    int start = cursor == null ? 0 : cursor.position();
    int back = cursor == null ? -1 : cursor.back();
    int[] positions = new int[pageSize];
    int count = 0;
    int next = -1;
    for (int i = start; i < size; i++) {
      if (matches.test(i)) {
        if (count == pageSize) {
          next = i;
          break;
        }
        positions[count++] = i;
      }
    }
    return new Page(positions, count, start, back, next);
  }
}
