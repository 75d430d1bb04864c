package ai.levitate.sf.examples.bench;

import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Benchmark 4: the Merge requests of an incremental run after 1% of 100,000 contacts changed: a
 * first import, then 1,000 contacts edited in Salesforce (every hundredth), then the next run.
 * Prints the requests by endpoint: the pages of changed contacts and the fixed overhead.
 */
public final class IncrementalCost {
  private static final List<String> ENDPOINTS =
      List.of("/contacts", "/contacts/remote-field-classes", "/sync-status", "/accounts", "/users");

  private IncrementalCost() {}

  public static void main(String[] args) {
    int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int changed = contacts / 100;
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    ExecutorService readers = Executors.newFixedThreadPool(4);
    try (FakeMergeServer server =
        FakeMergeServer.builder()
            .clock(clock)
            .remoteFieldClassesAsIds(true)
            .journalLimit(0)
            .start()) {
      MergeDataSet data =
          SalesforceDataGenerator.builder()
              .seed(11)
              .contacts(contacts)
              .clock(clock)
              .build()
              .generate();
      server.addLinkedAccount("token", data);
      MergeCrmClient client = Bench.client(server, "token", RateLimit.perMinute(1_000_000), clock);
      SyncEngine engine = Bench.engine(client, new InMemorySyncStore(), clock, 4, readers).build();
      // The generated history ends now; the import starts later than the 5 minutes an
      // incremental run reads back before it, as an import does after Merge's first sync.
      clock.advance(Duration.ofMinutes(10));
      SyncReport first = engine.run();

      clock.advance(Duration.ofHours(12));
      for (int i = 0; i < contacts; i += contacts / changed) {
        int n = i;
        data.editContact(data.contactId(i), c -> c.set("Title", "Edited title " + n));
      }
      clock.advance(Duration.ofHours(12));
      Map<String, Long> before = counts(server);
      SyncReport next = engine.run();
      Map<String, Long> after = counts(server);

      System.out.println(
          Bench.format(
              "Incremental cost: %,d contacts imported (%,d requests), then"
                  + " %,d edited; the next run:",
              first.counts().contactsRead(), first.counts().mergeRequests(), changed));
      long total = 0;
      for (String endpoint : ENDPOINTS) {
        long requests = after.get(endpoint) - before.get(endpoint);
        total += requests;
        System.out.println(Bench.format("  GET %-32s %4d", endpoint, requests));
      }
      long pages = after.get("/contacts") - before.get("/contacts");
      System.out.println(
          Bench.format(
              "  %-36s %4d (%s run, %d contacts read, %d updated)",
              "total", total, next.kind(), next.counts().contactsRead(), next.counts().updated()));
      System.out.println(
          Bench.format(
              "pages %d + fixed %d = %d requests (the engine counted %d);"
                  + " target: at most 10 + 5: %s",
              pages,
              total - pages,
              total,
              next.counts().mergeRequests(),
              total <= 15 ? "met" : "MISSED"));
    } finally {
      readers.shutdownNow();
    }
  }

  private static Map<String, Long> counts(FakeMergeServer server) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String endpoint : ENDPOINTS) {
      counts.put(endpoint, server.requestCount("GET", endpoint));
    }
    return counts;
  }
}
