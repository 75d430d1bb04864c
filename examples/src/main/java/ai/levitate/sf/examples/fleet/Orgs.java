package ai.levitate.sf.examples.fleet;

import ai.levitate.sf.examples.internal.FakeData;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.Latency;
import ai.levitate.sf.testkit.LinkedAccount;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fleet's fake Merge, served on loopback: one linked account per org, each with its own token
 * and its own request count against the rate limit, all answering {@code latency} late.
 */
final class Orgs implements AutoCloseable {
  /** An org as the fake serves it. */
  record Served(Org org, FakeData data, LinkedAccount linked) {}

  private final FakeMergeServer server;
  private final List<Served> served = new ArrayList<>();

  Orgs(List<Org> orgs, Duration latency, int rateLimitPerMinute, long seed) {
    this.server =
        FakeMergeServer.builder()
            .latency(latency.isZero() ? Latency.none() : Latency.fixed(latency))
            .rateLimitPerMinute(rateLimitPerMinute)
            .remoteFieldClassesAsIds(true)
            .seed(seed)
            .journalLimit(1_000)
            .start();
    try {
      for (Org org : orgs) {
        FakeData data = org.generate();
        served.add(new Served(org, data, server.addLinkedAccount(org.token(), data.data())));
      }
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  List<Served> served() {
    return served;
  }

  String baseUrl() {
    return server.baseUrl();
  }

  String apiKey() {
    return server.apiKey();
  }

  long requestCount() {
    return server.requestCount();
  }

  /** The next round of Salesforce changes in every org, a moment before {@code now}. */
  void nextRound(Instant now) throws IOException {
    for (Served s : served) {
      s.data().nextRound(now);
    }
  }

  /** Stops the fake; throws when a client sent it a request it did not understand. */
  @Override
  public void close() {
    server.close();
  }
}
