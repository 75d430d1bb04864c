package ai.levitate.sf.examples.fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the lease history says of each account: the workers that held its lease, in the order they
 * first took it, and the moments when a worker was granted the lease while another worker's lease
 * on the account was still live (neither given back nor lapsed). The library's lock refuses such a
 * grant, so any overlap is a bug in the lock or in the clocks it trusts.
 *
 * <p>A lease is the run of history rows with one fencing token: the first row grants it (at the
 * database's time of that change), rows with a holder renew it (their expiry is the lease's new
 * end), and a row without a holder gives it back (then the lease ends at that row's time).
 */
final class LeaseHistory {
  /** One change of an account's lease row, as the trigger recorded it. */
  record Change(
      String account, Optional<String> holder, long token, long expiresMicros, long atMicros) {}

  /** An account's holders and overlapping grants. */
  record Account(List<String> workers, int overlaps) {}

  private final Map<String, Tracker> accounts = new HashMap<>();

  /** Reads {@code changes} in the order the database made them. */
  static LeaseHistory of(List<Change> changes) {
    LeaseHistory history = new LeaseHistory();
    for (Change change : changes) {
      history.accounts.computeIfAbsent(change.account(), k -> new Tracker()).add(change);
    }
    return history;
  }

  Account account(String key) {
    Tracker tracker = accounts.get(key);
    return tracker == null
        ? new Account(List.of(), 0)
        : new Account(new ArrayList<>(tracker.workers), tracker.overlaps);
  }

  int overlaps() {
    return accounts.values().stream().mapToInt(t -> t.overlaps).sum();
  }

  /** The lease an account is in, as far as the history has gone. */
  private static final class Tracker {
    private final Set<String> workers = new LinkedHashSet<>();
    private long token = Long.MIN_VALUE;
    private Optional<String> holder = Optional.empty();

    /** When the current lease ends: its last expiry, or the moment it was given back. */
    private long endMicros;

    private int overlaps;

    void add(Change change) {
      if (change.token() != token) {
        if (change.holder().isPresent()
            && holder.isPresent()
            && !holder.get().equals(change.holder().get())
            && endMicros > change.atMicros()) {
          overlaps++;
        }
        token = change.token();
        holder = change.holder();
        endMicros = change.expiresMicros();
        change.holder().ifPresent(workers::add);
      } else if (change.holder().isEmpty()) {
        endMicros = Math.min(endMicros, change.atMicros());
        holder = Optional.empty();
      } else {
        endMicros = change.expiresMicros();
      }
    }
  }
}
