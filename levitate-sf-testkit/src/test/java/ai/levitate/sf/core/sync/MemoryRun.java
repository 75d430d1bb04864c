package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.testkit.InMemorySyncLock;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;

/**
 * Syncs {@code args[0]} generated contacts and prints what it took, for {@link SyncMemoryTest} to
 * run in a JVM with a small heap. Retained heap is measured after a GC at a tenth of the pages and
 * at the last page: it must not grow with the contacts read.
 */
public final class MemoryRun {
  private MemoryRun() {}

  public static void main(String[] args) {
    int count = Integer.parseInt(args[0]);
    long sampleAt = count / 100 / 10;
    long lastPage = (count + 99) / 100;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long[] retained = new long[2];
    SyncListener listener =
        new SyncListener() {
          @Override
          public void pageCommitted(SyncProgress progress) {
            if (progress.pages() == sampleAt || progress.pages() == lastPage) {
              System.gc();
              retained[progress.pages() == sampleAt ? 0 : 1] =
                  memory.getHeapMemoryUsage().getUsed();
            }
          }
        };
    TestClock clock = new TestClock(Fixtures.T0.plus(Duration.ofHours(1)));
    CountingStore store = new CountingStore();
    long started = System.nanoTime();
    SyncReport report =
        SyncEngine.builder()
            .source(new GeneratedSource(count))
            .storage(store)
            .lock(new InMemorySyncLock(Clock.systemUTC()))
            .settings(Fixtures.settings())
            .clock(clock)
            .listener(listener)
            .build()
            .run();
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println(
        "created="
            + report.counts().created()
            + " emitted="
            + store.changes.getOrDefault(ChangeType.CREATE, 0L)
            + " gapless="
            + store.gapless
            + " states="
            + store.states
            + " pages="
            + report.counts().pages()
            + " retainedEarlyKb="
            + retained[0] / 1024
            + " retainedLateKb="
            + retained[1] / 1024
            + " maxHeapKb="
            + Runtime.getRuntime().maxMemory() / 1024
            + " millis="
            + millis);
  }
}
