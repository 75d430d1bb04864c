package ai.levitate.sf.testkit;

import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.testkit.internal.AccountState;
import ai.levitate.sf.testkit.internal.FaultPlan;
import ai.levitate.sf.testkit.internal.Ids;
import ai.levitate.sf.testkit.internal.MergeDispatcher;
import ai.levitate.sf.testkit.internal.NoDelayServerSockets;
import ai.levitate.sf.testkit.internal.RateLimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;

/**
 * A fake Merge CRM API on a local port, serving linked accounts from in-memory data sets the way
 * Merge does: the same JSON, opaque cursors, Merge's filters on its own timestamps, expansion,
 * remote fields and data, notes with idempotency keys, 401 for a wrong key or token, a rate limit
 * per linked account, latency, and faults injected by script or by seeded chance. Each answer's
 * {@code Date} header reads the clock that stamps the linked account's {@code modified_at} (its
 * data set's), as Merge's answers and timestamps share one clock; a client whose clock differs from
 * it is a worker with a skewed clock.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
 * MergeDataSet data = SalesforceDataGenerator.builder().seed(1).contacts(500).clock(clock).build().generate();
 * try (FakeMergeServer server = FakeMergeServer.builder().clock(clock).rateLimitPerMinute(100).start()) {
 *   server.addLinkedAccount("account-token", data);
 *   server.inject(FaultRule.on("GET", "/contacts").nth(3).inject(Fault.serverError(503)));
 *   // point the client at server.baseUrl() with server.apiKey() and "account-token"
 * }
 * }</pre>
 *
 * <p>A request the fake does not understand (an unknown path, method or query parameter, a
 * malformed value, a cursor it never gave) is answered with a 4xx and recorded as a failure; {@link
 * #verify()} and {@link #close()} throw an {@link AssertionError} listing every one, so a client
 * bug cannot hide behind a quiet 404.
 */
public final class FakeMergeServer implements AutoCloseable {
  private final MockWebServer server;
  private final MergeDispatcher dispatcher;
  private final FaultPlan faults;
  private final String apiKey;
  private final Clock clock;
  private final long seed;
  private final AtomicInteger accounts = new AtomicInteger();
  private final int port;

  private FakeMergeServer(Builder builder) {
    this.apiKey = builder.apiKey;
    this.clock = builder.clock;
    this.seed = builder.seed;
    this.port = builder.port;
    Random random = new Random(builder.seed);
    this.faults = new FaultPlan(random);
    this.server = new MockWebServer();
    Latency latency = builder.latency;
    this.dispatcher =
        new MergeDispatcher(
            apiKey,
            clock,
            new RateLimiter(builder.rateLimitPerMinute, clock),
            faults,
            () -> latency.nextNanos(random),
            builder.classesAsIds,
            builder.journalLimit,
            this::forgetRecordedRequest);
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(dispatcher);
  }

  public static Builder builder() {
    return new Builder();
  }

  private FakeMergeServer start() {
    try {
      server.start(InetAddress.getLoopbackAddress(), port);
    } catch (IOException e) {
      throw new UncheckedIOException("the fake Merge server could not start", e);
    }
    return this;
  }

  /**
   * MockWebServer queues every request for takeRequest(); the fake keeps its own bounded journal.
   */
  private void forgetRecordedRequest() {
    try {
      server.takeRequest(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The CRM API's base URL, ending in {@code /api/crm/v1/}. */
  public String baseUrl() {
    return server.url("/api/crm/v1/").toString();
  }

  public int port() {
    return server.getPort();
  }

  /** The API key requests must carry as {@code Authorization: Bearer <key>}. */
  public String apiKey() {
    return apiKey;
  }

  public Clock clock() {
    return clock;
  }

  /**
   * A client builder pointed at this server for one linked account: base URL, API key, account
   * token and clock set. With a {@link ManualClock}, the client's sleeps (retry backoff, rate
   * limiting) advance that clock instead of the thread, and its waits are timed on it, so tests
   * never wait for real.
   *
   * <pre>{@code
   * MergeCrmClient client = server.clientBuilder("account-token").build();
   * }</pre>
   */
  public MergeCrmClient.Builder clientBuilder(String accountToken) {
    Objects.requireNonNull(accountToken, "accountToken == null");
    MergeCrmClient.Builder builder =
        MergeCrmClient.builder()
            .baseUrl(baseUrl())
            .apiKey(apiKey())
            .accountToken(accountToken)
            .clock(clock);
    if (clock instanceof ManualClock manual) {
      builder.nanoClock(manual).sleeper(manual::advance);
    }
    return builder;
  }

  /**
   * A host's whole setup for the linked account of {@code accountToken} (add it first), on this
   * server's clock: client, source, in-memory storage, locks and ledger, and the sync and
   * write-back engines with {@code settings}. The one call a test needs to sync against the fake
   * without a clock going astray.
   *
   * <pre>{@code
   * FakeMergeHost host = server.host("account-token", SyncSettings.defaults());
   * host.sync().run();
   * }</pre>
   */
  public FakeMergeHost host(String accountToken, SyncSettings settings) {
    Objects.requireNonNull(accountToken, "accountToken == null");
    if (dispatcher.account(accountToken) == null) {
      throw new IllegalArgumentException(
          "accountToken names no linked account of this server; add it with addLinkedAccount first");
    }
    return new FakeMergeHost(this, accountToken, settings);
  }

  /** Serves {@code data} to requests carrying {@code accountToken} as {@code X-Account-Token}. */
  public LinkedAccount addLinkedAccount(String accountToken, MergeDataSet data) {
    Objects.requireNonNull(accountToken, "accountToken == null");
    Objects.requireNonNull(data, "data == null");
    if (accountToken.isBlank()) {
      throw new IllegalArgumentException("accountToken must not be blank");
    }
    int n = accounts.getAndIncrement();
    String id = Ids.uuid(seed, 0x6c696e6bL, n);
    AccountState state =
        new AccountState(
            accountToken, id, "Org " + (n + 1), data.data(), Ids.mix(seed, 0x6e6f7465L, n));
    dispatcher.add(state);
    return new LinkedAccount(state, data, clock);
  }

  /** Adds fault rules; each counts its matching requests from now on. */
  public void inject(FaultRule... rules) {
    for (FaultRule rule : rules) {
      faults.add(Objects.requireNonNull(rule, "rule == null"));
    }
  }

  /** Removes every fault rule. */
  public void clearFaults() {
    faults.clear();
  }

  /** Requests received so far, answered or not. */
  public long requestCount() {
    return dispatcher.requestCount();
  }

  /** Requests received for one endpoint, e.g. {@code requestCount("GET", "/contacts")}. */
  public long requestCount(String method, String endpoint) {
    return dispatcher.requestCount(method, endpoint);
  }

  /** Faults injected so far, of every kind. */
  public long faultCount() {
    long total = 0;
    for (FaultKind kind : FaultKind.values()) {
      total += dispatcher.faultCount(kind);
    }
    return total;
  }

  public long faultCount(FaultKind kind) {
    return dispatcher.faultCount(Objects.requireNonNull(kind, "kind == null"));
  }

  /** The most recent requests (up to the journal limit), oldest first. */
  public List<ServedRequest> requests() {
    return dispatcher.journal();
  }

  /** Requests the fake did not understand, each described in one line. */
  public List<String> failures() {
    return dispatcher.failures();
  }

  /**
   * Returns the failures recorded so far and forgets them, for a test that provokes a misunderstood
   * request on purpose and then checks it.
   */
  public List<String> takeFailures() {
    return dispatcher.takeFailures();
  }

  /** Throws an {@link AssertionError} listing every request the fake did not understand. */
  public void verify() {
    List<String> failures = dispatcher.failures();
    if (!failures.isEmpty()) {
      throw new AssertionError(
          "the fake Merge server received "
              + failures.size()
              + " request(s) it does not understand:\n  "
              + String.join("\n  ", failures));
    }
  }

  /** Stops the server, then {@link #verify() verifies} it. */
  @Override
  public void close() {
    server.close();
    verify();
  }

  @Override
  public String toString() {
    return "FakeMergeServer[" + server.url("/") + "]";
  }

  /** Settings of a fake server; every one has a default fit for tests. */
  public static final class Builder {
    private String apiKey = "test-api-key";
    private Clock clock = Clock.systemUTC();
    private long seed;
    private Latency latency = Latency.none();
    private int rateLimitPerMinute;
    private boolean classesAsIds;
    private int journalLimit = 100_000;
    private int port;

    private Builder() {}

    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
      this.apiKey = apiKey;
      return this;
    }

    /** The clock of the fake's timestamps, idempotency expiry and rate-limit windows. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Seeds random latency, fault probabilities and ids. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder latency(Latency latency) {
      this.latency = Objects.requireNonNull(latency, "latency == null");
      return this;
    }

    /**
     * Requests a linked account may make in one minute of the clock before 429 (with {@code
     * Retry-After}); Merge allows 100, 400 or 600 by plan. 0, the default, is no limit.
     */
    public Builder rateLimitPerMinute(int requests) {
      if (requests < 0) {
        throw new IllegalArgumentException(
            "rateLimitPerMinute must be 0 (no limit) or more, was " + requests);
      }
      this.rateLimitPerMinute = requests;
      return this;
    }

    /**
     * Whether remote fields name their class by id alone rather than embedding it. Merge documents
     * both; embedding (the default) makes pages several times larger.
     */
    public Builder remoteFieldClassesAsIds(boolean asIds) {
      this.classesAsIds = asIds;
      return this;
    }

    /** How many recent requests {@link FakeMergeServer#requests()} keeps (default 100,000). */
    public Builder journalLimit(int requests) {
      if (requests < 0) {
        throw new IllegalArgumentException("journalLimit must be 0 or more, was " + requests);
      }
      this.journalLimit = requests;
      return this;
    }

    /** The loopback port to listen on; 0, the default, takes a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** Starts the server on the loopback port, a free one unless {@link #port(int)} chose it. */
    public FakeMergeServer start() {
      return new FakeMergeServer(this).start();
    }
  }
}
