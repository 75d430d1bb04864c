package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.testkit.Fault;
import ai.levitate.sf.testkit.FaultRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The fault rules of a server with their counts. Every rule counts the requests it matches; the
 * first rule (in the order added) that fires injects its fault.
 */
public final class FaultPlan {
  private final Random random;
  private final List<Entry> entries = new ArrayList<>();

  private static final class Entry {
    final FaultRule rule;
    int matched;
    int injected;

    Entry(FaultRule rule) {
      this.rule = rule;
    }
  }

  public FaultPlan(Random random) {
    this.random = random;
  }

  public synchronized void add(FaultRule rule) {
    entries.add(new Entry(rule));
  }

  public synchronized void clear() {
    entries.clear();
  }

  /** The fault to inject into this request, or null. */
  public synchronized Fault select(String method, String endpoint, String token) {
    Fault chosen = null;
    for (Entry entry : entries) {
      if (!entry.rule.matches(method, endpoint, token)) {
        continue;
      }
      entry.matched++;
      double draw = entry.rule.random() ? nextDouble() : 0.0;
      if (chosen == null && entry.rule.fires(entry.matched, entry.injected, draw)) {
        entry.injected++;
        chosen = entry.rule.fault();
      }
    }
    return chosen;
  }

  private double nextDouble() {
    synchronized (random) {
      return random.nextDouble();
    }
  }
}
