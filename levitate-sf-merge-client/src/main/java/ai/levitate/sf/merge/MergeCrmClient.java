package ai.levitate.sf.merge;

import ai.levitate.sf.core.NanoClock;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.writeback.NoteRequest;
import ai.levitate.sf.merge.internal.MergeApi;
import ai.levitate.sf.merge.internal.MergeConverters;
import ai.levitate.sf.merge.internal.http.FailureBudget;
import ai.levitate.sf.merge.internal.http.Failures;
import ai.levitate.sf.merge.internal.http.HttpClients;
import ai.levitate.sf.merge.internal.http.MergeCalls;
import ai.levitate.sf.merge.internal.http.Redactor;
import ai.levitate.sf.merge.internal.http.ServerClock;
import ai.levitate.sf.merge.internal.http.TokenBucket;
import java.io.Closeable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * Merge's CRM API for one linked account (one Salesforce org connection): contacts, field classes,
 * accounts, users, notes, sync status and account details, with retries, a client-side rate limit
 * and typed errors.
 *
 * <pre>{@code
 * MergeCrmClient client = MergeCrmClient.builder()
 *     .apiKey(System.getenv("MERGE_API_KEY"))
 *     .accountToken(accountToken)
 *     .region(MergeRegion.EU)
 *     .rateLimit(RateLimit.PROFESSIONAL)
 *     .okHttpClient(sharedOkHttp)          // optional: share pools across accounts
 *     .build();
 * PreflightReport report = client.preflight();
 * }</pre>
 *
 * <p>Close a client that made its own OkHttp client when its account is done with it; one built on
 * a host's shared OkHttp client (the way to run many accounts in one worker: one connection pool
 * and dispatcher, each account with its own rate limit) leaves that client alone.
 *
 * <p>Thread-safe: build one client per linked account and share it; all threads then draw on the
 * same rate limiter (a token bucket at the {@link RateLimit}) and the same failure budget. Merge
 * blocks an IP that sends more than 20 failing requests in 10 seconds, so a client starts a request
 * only while its failures of the last 10 seconds plus its requests in flight number under 10: no 10
 * seconds ever hold more than 10 of its failures, and it never runs more than 10 requests at once.
 * The API key and account token never appear in logs, {@link #toString()} or exception messages;
 * redirects are not followed, so the account token never goes to another host.
 */
public final class MergeCrmClient implements Closeable {
  private static final String USER_AGENT = "levitate-sf/0.1";

  private final RateLimit rateLimit;
  private final Clock clock;
  private final Random random;
  private final AtomicLong requests = new AtomicLong();
  private final HttpUrl url;
  private final OkHttpClient http;
  private final MergeConverters converters;
  private final MergeCalls calls;
  private final MergeApi api;
  private final MergeLists lists;
  private final MergeNotes notes;
  private final ServerClock serverClock;

  /**
   * The OkHttp client this client made for itself, which {@link #close()} shuts; null if shared.
   */
  private final OkHttpClient owned;

  /** A copy of the builder this client was built from, for {@link #newBuilder()}. */
  private final Builder template;

  /** The OkHttp client this client made for itself, if it made one: for tests. */
  Optional<OkHttpClient> ownedHttp() {
    return Optional.ofNullable(owned);
  }

  private MergeCrmClient(Builder builder) {
    this.template = new Builder(builder);
    this.url = builder.baseUrl;
    this.rateLimit = builder.rateLimit;
    this.clock = builder.clock;
    this.random = builder.random;
    Redactor redactor = new Redactor(builder.apiKey, builder.accountToken);
    this.serverClock = new ServerClock(builder.clock);
    this.http =
        HttpClients.create(
            builder.okHttpClient,
            builder.apiKey,
            builder.accountToken,
            USER_AGENT,
            new HttpClients.Timeouts(
                builder.connectTimeout,
                builder.readTimeout,
                builder.writeTimeout,
                builder.callTimeout),
            builder.maxResponseBytes,
            serverClock);
    this.owned = builder.okHttpClient == null ? http : null;
    Failures failures = new Failures(redactor);
    this.converters = new MergeConverters(failures);
    this.calls =
        new MergeCalls(
            builder.retryPolicy,
            new TokenBucket(builder.rateLimit, builder.nanoClock, builder.sleeper),
            new FailureBudget(
                FailureBudget.DEFAULT_BUDGET,
                FailureBudget.WINDOW,
                builder.nanoClock,
                builder.sleeper),
            builder.clock,
            builder.nanoClock,
            builder.sleeper,
            builder.random,
            failures,
            requests);
    this.api = api(calls);
    this.lists = new MergeLists(api, failures);
    this.notes = new MergeNotes(api);
  }

  /** Merge's API over {@code calls}; Retrofit reads the interface once per instance. */
  private MergeApi api(MergeCalls calls) {
    return new Retrofit.Builder()
        .baseUrl(url)
        .client(http)
        .addConverterFactory(converters)
        .addCallAdapterFactory(calls)
        .validateEagerly(true)
        .build()
        .create(MergeApi.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding everything this client was built with, its secrets included, to derive a
   * client that differs in a setting or two: another linked account's {@code accountToken}, say.
   * The OkHttp client given to {@link Builder#okHttpClient(OkHttpClient)} is shared; a client that
   * made its own OkHttp client gets one of its own. Rate limiter and failure budget are never
   * shared: each client built has its own.
   */
  public Builder newBuilder() {
    return new Builder(template);
  }

  /** The base URL calls go to, ending in {@code /}. */
  public String baseUrl() {
    return url.toString();
  }

  public RateLimit rateLimit() {
    return rateLimit;
  }

  /** Requests sent so far by this client, every attempt counted. */
  public long requestCount() {
    return requests.get();
  }

  /**
   * Merge's clock now, from the {@code Date} header of its latest answer to this client (the end of
   * its second) plus the time since on the client's clock; empty before the first answer. Merge
   * stamps {@code modified_at} with this clock, so the sync bounds its windows by it.
   */
  public Optional<Instant> serverTime() {
    return serverClock.now();
  }

  /**
   * Shuts the OkHttp client this client made for itself, when no {@link Builder#okHttpClient} was
   * given: its dispatcher's threads stop and its pooled connections close. A client built on a
   * host's shared OkHttp client leaves it running for the other accounts: then this does nothing.
   */
  @Override
  public void close() {
    if (owned != null) {
      owned.dispatcher().executorService().shutdown();
      owned.connectionPool().evictAll();
    }
  }

  /** Salesforce users, as Merge lists them. */
  public MergePages<SourceUser> users() {
    return lists.users(Optional.empty());
  }

  /** Users Merge changed after {@code modifiedAfter}. */
  public MergePages<SourceUser> usersModifiedAfter(Instant modifiedAfter) {
    return lists.users(Optional.of(Objects.requireNonNull(modifiedAfter, "modifiedAfter == null")));
  }

  /**
   * Accounts (companies and households) Merge changed after {@code modifiedAfter}, deleted ones
   * included, each with its remote fields ({@code Type}, {@code IsPersonAccount}, ...).
   */
  public MergePages<SourceAccount> accountsModifiedAfter(Instant modifiedAfter) {
    return lists.accounts(
        Optional.of(Objects.requireNonNull(modifiedAfter, "modifiedAfter == null")));
  }

  /** Every account, deleted ones included, each with its remote fields. */
  public MergePages<SourceAccount> accounts() {
    return lists.accounts(Optional.empty());
  }

  /** Merge's own sync state, one entry per model (e.g. {@code crm.Contact}). */
  public List<SourceSyncStatus> syncStatus() {
    return lists.syncStatus();
  }

  /** Merge's sync state for contacts ({@code crm.Contact}), when Merge reports one. */
  public Optional<SourceSyncStatus> contactSyncStatus() {
    return lists.contactSyncStatus();
  }

  /** Which integration the linked account is and whether it is linked. */
  public AccountDetails accountDetails() {
    return api.accountDetails();
  }

  /** Whether and how notes can be written to this account ({@code GET /notes/meta/post}). */
  public NoteWriteMeta noteWriteMeta() {
    return notes.writeMeta();
  }

  /**
   * Writes a note to Salesforce. A POST with an idempotency key is retried with the same key; one
   * without is sent once.
   *
   * @throws MergeWriteException when Merge answers 2xx but lists errors
   */
  public CreatedNote createNote(NoteRequest note) {
    return notes.create(Objects.requireNonNull(note, "note == null"));
  }

  /** The notes of one contact, by its Merge id. */
  public MergePages<MergeNote> notes(String contactId) {
    return notes.ofContact(Objects.requireNonNull(contactId, "contactId == null"));
  }

  /**
   * Whether this linked account can sync, with a plain-language reason for each problem. Checks
   * that the integration is Salesforce, that no relink is needed, that Merge's first contact sync
   * is done, that remote fields are available, that notes can be written, and that Merge reports no
   * issue that means the org lacks API access. Never throws for a failed check: it becomes a
   * problem in the report. The account's details are asked first (refused credentials end the
   * preflight there); the other checks side by side, within the client's rate limit.
   */
  public PreflightReport preflight() {
    return new Preflight(this, api, calls.failures(), Optional.empty()).run();
  }

  /**
   * The preflight with the remote-fields check reading the field catalog through {@code catalog}.
   */
  PreflightReport preflight(Supplier<FieldModels.Read> catalog) {
    return new Preflight(this, api, calls.failures(), Optional.of(catalog)).run();
  }

  /**
   * Salesforce's users with a suggested Levitate user each, matched by email without regard to
   * case, for the owner-mapping screen after the first import.
   */
  public List<OwnerSuggestion> ownerSuggestions(Collection<LevitateUser> levitateUsers) {
    Objects.requireNonNull(levitateUsers, "levitateUsers == null");
    return OwnerMapping.suggest(users().toList(), levitateUsers);
  }

  /**
   * Merge's API with this client's rate limit, failure budget and retries, also counting each
   * attempt on {@code counter}: the view of one reader of the account.
   */
  MergeApi api(AtomicLong counter) {
    return api(calls.counting(counter));
  }

  Failures failures() {
    return calls.failures();
  }

  Clock clock() {
    return clock;
  }

  /** A fresh idempotency key in UUID form, from the client's (seedable) random. */
  String newIdempotencyKey() {
    long high;
    long low;
    synchronized (random) {
      high = random.nextLong();
      low = random.nextLong();
    }
    high = (high & ~0xF000L) | 0x4000L;
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  @Override
  public String toString() {
    return "MergeCrmClient{baseUrl="
        + url
        + ", apiKey="
        + Redactor.MASK
        + ", accountToken="
        + Redactor.MASK
        + ", rateLimit="
        + rateLimit
        + "}";
  }

  /** Configures a {@link MergeCrmClient}; the API key and account token are required. */
  public static final class Builder {
    private String apiKey;
    private String accountToken;
    private HttpUrl baseUrl = HttpUrl.get(MergeRegion.US.baseUrl());
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ofMinutes(2);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimit rateLimit = RateLimit.LAUNCH;
    private long maxResponseBytes = 16L * 1024 * 1024;
    private OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();
    private NanoClock nanoClock = NanoClock.system();
    private Sleeper sleeper = Sleeper.system();
    private Random random = new Random();

    private Builder() {}

    private Builder(Builder from) {
      this.apiKey = from.apiKey;
      this.accountToken = from.accountToken;
      this.baseUrl = from.baseUrl;
      this.connectTimeout = from.connectTimeout;
      this.readTimeout = from.readTimeout;
      this.writeTimeout = from.writeTimeout;
      this.callTimeout = from.callTimeout;
      this.retryPolicy = from.retryPolicy;
      this.rateLimit = from.rateLimit;
      this.maxResponseBytes = from.maxResponseBytes;
      this.okHttpClient = from.okHttpClient;
      this.clock = from.clock;
      this.nanoClock = from.nanoClock;
      this.sleeper = from.sleeper;
      this.random = from.random;
    }

    /** Merge's API key ({@code Authorization: Bearer ...}). */
    public Builder apiKey(String apiKey) {
      this.apiKey = secret(apiKey, "apiKey");
      return this;
    }

    /** The linked account's token ({@code X-Account-Token}). */
    public Builder accountToken(String accountToken) {
      this.accountToken = secret(accountToken, "accountToken");
      return this;
    }

    /** Merge's region; {@link MergeRegion#US} unless set. Replaces any base URL set before. */
    public Builder region(MergeRegion region) {
      Objects.requireNonNull(region, "region == null");
      this.baseUrl = HttpUrl.get(region.baseUrl());
      return this;
    }

    /**
     * An explicit base URL, e.g. Merge's sandbox or a fake server: {@code
     * https://api-sandbox.merge.dev/api/crm/v1}. It must use https; plain http is allowed only for
     * loopback hosts. Replaces any region set before.
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl url = HttpUrl.parse(baseUrl.strip());
      if (url == null) {
        throw new IllegalArgumentException(
            "baseUrl must be an absolute http or https URL, was \"" + baseUrl + "\"");
      }
      if (!url.username().isEmpty() || !url.password().isEmpty()) {
        throw new IllegalArgumentException("baseUrl must not carry a user name or password");
      }
      if (url.query() != null || url.fragment() != null) {
        throw new IllegalArgumentException(
            "baseUrl must not carry a query or fragment, was " + url);
      }
      if (!url.isHttps() && !isLoopback(url.host())) {
        throw new IllegalArgumentException(
            "baseUrl must use https; http is allowed only for"
                + " loopback hosts (localhost, 127.0.0.1, ::1), was "
                + url);
      }
      if (!url.encodedPath().endsWith("/")) {
        url = url.newBuilder().encodedPath(url.encodedPath() + "/").build();
      }
      this.baseUrl = url;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    /** The limit on one attempt from start to end; zero means none. Default 2 minutes. */
    public Builder callTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "callTimeout == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("callTimeout must not be negative, was " + timeout);
      }
      this.callTimeout = timeout;
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /** The linked account's plan limit, or less; {@link RateLimit#LAUNCH} unless set. */
    public Builder rateLimit(RateLimit rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit == null");
      return this;
    }

    /** The largest response body read; a larger one fails the call. Default 16 MiB. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024) {
        throw new IllegalArgumentException(
            "maxResponseBytes must be at least 1024, was " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * A host's OkHttp client whose connection pool and dispatcher this client shares; the client
     * derives its own configuration from it and leaves it unchanged.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /**
     * The wall clock: the instants the client stamps and compares with Merge's ({@code Retry-After}
     * dates, how fresh its user list is). The system's UTC clock by default.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The monotonic clock the rate limiter, the failure budget and retries time their waits on;
     * {@link NanoClock#system()} by default. A test that moves a manual clock sets both clocks (the
     * testkit's {@code ManualClock} is both), so that the sleeper's waits refill the limiter.
     */
    public Builder nanoClock(NanoClock nanoClock) {
      this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock == null");
      return this;
    }

    /** How the client waits (for the rate limiter, between retries); for real by default. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** The source of retry jitter and idempotency keys for passthrough reads; seed it in tests. */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when the API key or the account token was not set
     */
    public MergeCrmClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("apiKey must be set");
      }
      if (accountToken == null) {
        throw new IllegalStateException("accountToken must be set");
      }
      return new MergeCrmClient(this);
    }

    @Override
    public String toString() {
      return "MergeCrmClient.Builder{baseUrl="
          + baseUrl
          + ", apiKey="
          + (apiKey == null ? "unset" : Redactor.MASK)
          + ", accountToken="
          + (accountToken == null ? "unset" : Redactor.MASK)
          + "}";
    }

    private static String secret(String value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException(
            name + " must be printable ASCII without spaces, as Merge issues it");
      }
      return value;
    }

    private static Duration positive(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name + " == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + timeout);
      }
      return timeout;
    }

    private static boolean isLoopback(String host) {
      return host.equalsIgnoreCase("localhost")
          || host.equals("::1")
          || host.equals("0:0:0:0:0:0:0:1")
          || host.matches("127(\\.\\d{1,3}){3}");
    }
  }
}
