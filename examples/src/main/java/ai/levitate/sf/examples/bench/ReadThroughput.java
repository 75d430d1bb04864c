package ai.levitate.sf.examples.bench;

import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.Latency;
import ai.levitate.sf.testkit.LinkedAccount;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Benchmark 1: a first import of 20,000 contacts from a fake Merge that answers each request after
 * 100 ms and allows 3,000 requests a minute, read page after page and then as windows side by side.
 * Prints each reader's requests a second as a share of the limit's 50 a second, and the 429s seen.
 *
 * <p>The fake names each remote field's class by id (Merge sends either form): with the classes
 * embedded a page is 1.8 MB, and on a two-core machine the fake writing them and the client reading
 * them use up both cores before the rate limit is reached.
 *
 * <p>Arguments: the contacts (default 20,000), the windows read at once ({@code auto}, the default:
 * as many as the engine chooses, on threads of its own; or a number, on an executor), {@code
 * embedded} to embed the classes in each remote field ({@code ids}, the default, not to), and
 * {@code partitioned} to skip the reader that reads page after page (for long runs, whose rate the
 * limiter's first burst no longer lifts).
 */
public final class ReadThroughput {
  private static final int LIMIT = 3_000;
  private static final Duration LATENCY = Duration.ofMillis(100);
  private static final double BOUND = LIMIT / 60.0;

  private ReadThroughput() {}

  /** What one reader did. */
  private record Result(String reader, long requests, long nanos, long contacts, long refused) {
    double perSecond() {
      return requests / Bench.seconds(nanos);
    }

    /** The requests the client's limiter allows in the run's time: its burst, then its pace. */
    double allowance() {
      return LIMIT / 20 + (LIMIT - LIMIT / 20) * Bench.seconds(nanos) / 61.0;
    }

    String row() {
      return Bench.format(
          "%-16s %9d %8.1f %11.1f %10.1f%% %10.1f%% %11.0f %6d",
          reader,
          requests,
          Bench.seconds(nanos),
          perSecond(),
          100 * perSecond() / BOUND,
          100 * requests / allowance(),
          contacts / Bench.seconds(nanos),
          refused);
    }
  }

  public static void main(String[] args) {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int windows = args.length > 1 && !args[1].equals("auto") ? Integer.parseInt(args[1]) : 0;
    boolean embedded = args.length > 2 && args[2].equals("embedded");
    Clock clock = Clock.systemUTC();
    ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, windows));
    try (FakeMergeServer server =
        FakeMergeServer.builder()
            .rateLimitPerMinute(LIMIT)
            .latency(Latency.fixed(LATENCY))
            .remoteFieldClassesAsIds(!embedded)
            .journalLimit(1_000_000)
            .start()) {
      System.out.println(
          Bench.format(
              "Read throughput: %,d contacts from a fake Merge answering"
                  + " after %d ms, allowing %,d requests a minute (%.0f a second); remote field classes"
                  + " %s",
              contacts, LATENCY.toMillis(), LIMIT, BOUND, embedded ? "embedded" : "by id"));
      boolean both = !(args.length > 3 && args[3].equals("partitioned"));
      Result sequential = both ? read(server, "sequential", contacts, 1, readers, clock) : null;
      Result partitioned =
          read(
              server,
              windows == 0 ? "partitioned, auto" : "partitioned x" + windows,
              contacts,
              windows,
              windows == 0 ? null : readers,
              clock);
      System.out.println(
          Bench.format(
              "%-16s %9s %8s %11s %11s %11s %11s %6s",
              "reader",
              "requests",
              "seconds",
              "requests/s",
              "of 50/s",
              "of limiter",
              "contacts/s",
              "429s"));
      if (both) {
        System.out.println(sequential.row());
      }
      System.out.println(partitioned.row());
      if (both) {
        System.out.println(
            Bench.format(
                "partitioned / sequential: %.1fx the requests a second,"
                    + " %.1fx the contacts a second",
                partitioned.perSecond() / sequential.perSecond(),
                (double) sequential.nanos / partitioned.nanos));
      }
      System.out.println(
          Bench.format(
              "\"of limiter\": the share of what the client's limiter"
                  + " lets through in the run's time (a burst of %d, then %d every 61 s); a run of a few"
                  + " seconds can pass 50/s on the burst while no minute passes %,d.",
              LIMIT / 20, LIMIT - LIMIT / 20, LIMIT));
      System.out.println(
          Bench.format(
              "target: partitioned at 90%% of 50/s or more, no 429:" + " %.1f%%, %d 429s: %s",
              100 * partitioned.perSecond() / BOUND,
              partitioned.refused,
              partitioned.perSecond() >= 0.9 * BOUND && partitioned.refused == 0
                  ? "met"
                  : "MISSED"));
    } finally {
      readers.shutdownNow();
    }
  }

  private static Result read(
      FakeMergeServer server,
      String reader,
      int contacts,
      int windows,
      ExecutorService readers,
      Clock clock) {
    String token = "token-" + windows;
    LinkedAccount account =
        server.addLinkedAccount(
            token,
            SalesforceDataGenerator.builder()
                .seed(7)
                .contacts(contacts)
                .clock(clock)
                .build()
                .generate());
    MergeCrmClient client = Bench.client(server, token, RateLimit.perMinute(LIMIT), clock);
    SyncEngine engine =
        Bench.engine(client, new InMemorySyncStore(), clock, windows, readers).build();
    long start = System.nanoTime();
    SyncReport report = engine.run();
    long nanos = System.nanoTime() - start;
    long refused =
        server.requests().stream()
            .filter(r -> r.linkedAccountId().equals(Optional.of(account.id())))
            .filter(r -> r.status() == 429)
            .count();
    return new Result(
        reader, client.requestCount(), nanos, report.counts().contactsRead(), refused);
  }
}
