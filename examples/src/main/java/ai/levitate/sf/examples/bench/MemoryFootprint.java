package ai.levitate.sf.examples.bench;

import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 3: the peak heap of a first import of 100,000 and of 1,000,000 generated contacts, each
 * in a JVM of its own capped at 256 MB. The fake server generates each page when asked and keeps
 * nothing; contact states go to a file ({@link DiskStateStore}), as a host's database would hold
 * them, so the heap measured is the sync's: client, engine and the fake's page in flight.
 *
 * <p>Peak live heap: the most heap in use right after a full collection, taken at fifty evenly
 * spread pages; soft references are cleared at every collection ({@code
 * -XX:SoftRefLRUPolicyMSPerMB=0}), so caches the JVM may drop at will do not count. Both orgs have
 * 5,000 accounts (the fake keeps accounts in heap; contacts it computes when asked). Also printed:
 * each heap pool's peak use, garbage included.
 */
public final class MemoryFootprint {
  private static final int SAMPLES = 50;

  /** The org's accounts, the same in both runs: the fake keeps them in heap. */
  private static final int ACCOUNTS = 5_000;

  private static final long MB = 1024 * 1024;

  private MemoryFootprint() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 1) {
      run(Integer.parseInt(args[0]));
      return;
    }
    System.out.println(
        "Memory: a first import in a JVM capped at 256 MB (-Xmx256m, serial GC),"
            + " contact states in a file, "
            + ACCOUNTS
            + " accounts");
    Map<String, String> small = fork(100_000);
    Map<String, String> large = fork(1_000_000);
    System.out.println(
        Bench.format(
            "%-10s %12s %16s %14s %9s",
            "contacts", "peak live MB", "peak w/ garbage MB", "Merge requests", "seconds"));
    for (Map<String, String> run : List.of(small, large)) {
      System.out.println(
          Bench.format(
              "%,10d %12.1f %16.1f %14s %9s",
              Long.parseLong(run.get("contacts")),
              Long.parseLong(run.get("peakLive")) / (double) MB,
              Long.parseLong(run.get("peakUsed")) / (double) MB,
              run.get("requests"),
              run.get("seconds")));
    }
    double ratio =
        Double.parseDouble(large.get("peakLive")) / Double.parseDouble(small.get("peakLive"));
    double largeMb = Long.parseLong(large.get("peakLive")) / (double) MB;
    System.out.println(
        Bench.format(
            "1,000,000 / 100,000 peak live heap: %.2f; target: within 20%%"
                + " (at most 1.20) and under 256 MB: %s",
            ratio, ratio <= 1.2 && largeMb < 256 ? "met" : "MISSED"));
  }

  /** Runs one import in a JVM of its own and reads the figures it prints. */
  private static Map<String, String> fork(int contacts) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:SoftRefLRUPolicyMSPerMB=0",
                "-cp",
                System.getProperty("java.class.path"),
                MemoryFootprint.class.getName(),
                Integer.toString(contacts))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("the import of " + contacts + " failed:\n" + output);
    }
    Map<String, String> figures = new HashMap<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("contacts=")) {
        for (String pair : line.strip().split(" ")) {
          String[] kv = pair.split("=", 2);
          figures.put(kv[0], kv[1]);
        }
      }
    }
    if (!figures.containsKey("peakLive")) {
      throw new IllegalStateException(
          "the import of " + contacts + " printed no figures:\n" + output);
    }
    return figures;
  }

  private static void run(int contacts) throws IOException {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    Path directory = Files.createTempDirectory("levitate-sf-memory");
    Path file = directory.resolve("states.mv.db");
    ExecutorService readers = Executors.newFixedThreadPool(2);
    long[] peakLive = new long[1];
    long every = Math.max(1, contacts / 100 / SAMPLES);
    SyncListener sampler =
        new SyncListener() {
          @Override
          public void pageCommitted(SyncProgress progress) {
            if (progress.pages() % every == 0) {
              System.gc();
              peakLive[0] =
                  Math.max(
                      peakLive[0],
                      ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
          }
        };
    try (FakeMergeServer server =
            FakeMergeServer.builder()
                .clock(clock)
                .remoteFieldClassesAsIds(true)
                .journalLimit(0)
                .start();
        DiskStateStore store = new DiskStateStore(file)) {
      server.addLinkedAccount(
          "token",
          SalesforceDataGenerator.builder()
              .seed(5)
              .contacts(contacts)
              .accounts(ACCOUNTS)
              .clock(clock)
              .build()
              .generate());
      clock.advance(Duration.ofMinutes(10));
      MergeCrmClient client = Bench.client(server, "token", RateLimit.perMinute(1_000_000), clock);
      long start = System.nanoTime();
      SyncReport report =
          Bench.engine(client, store, clock, 2, readers).listener(sampler).build().run();
      long nanos = System.nanoTime() - start;
      if (report.counts().contactsRead() != contacts || store.stateCount() == 0) {
        throw new IllegalStateException(
            "read "
                + report.counts().contactsRead()
                + " of "
                + contacts
                + " contacts, stored "
                + store.stateCount()
                + " states");
      }
      long peakUsed = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          peakUsed += pool.getPeakUsage().getUsed();
        }
      }
      System.out.println(
          "contacts="
              + contacts
              + " created="
              + store.changes().getOrDefault(ChangeType.CREATE, 0L)
              + " states="
              + store.stateCount()
              + " requests="
              + report.counts().mergeRequests()
              + " peakLive="
              + peakLive[0]
              + " peakUsed="
              + peakUsed
              + " seconds="
              + Bench.format("%.0f", Bench.seconds(nanos)));
    } finally {
      readers.shutdownNow();
      try (var files = Files.list(directory)) {
        for (Path path : files.toList()) {
          Files.delete(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Files.delete(directory);
    }
  }
}
