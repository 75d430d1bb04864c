package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.testkit.Fault;
import ai.levitate.sf.testkit.FaultKind;
import ai.levitate.sf.testkit.FaultRule;
import ai.levitate.sf.testkit.ServedRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;

/**
 * Answers every request of the fake: routes it to an endpoint, then applies, in order, injected
 * faults, authentication, the rate limit and the endpoint itself, and records what it did.
 */
public final class MergeDispatcher extends Dispatcher {
  private static final String PREFIX = "/api/crm/v1";

  private final String apiKey;
  private final RateLimiter rateLimiter;
  private final FaultPlan faults;
  private final LongSupplier latencyNanos;
  private final int journalLimit;
  private final Runnable afterEach;
  private final Map<String, AccountState> accounts = new ConcurrentHashMap<>();
  private final ContactEndpoints contacts;

  /** An HTTP date (RFC 9110's IMF-fixdate), as Merge's answers carry: its clock, to the second. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private final CrmEndpoints crm;
  private final Clock clock;
  private final NoteEndpoints notes;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<String, LongAdder> perEndpoint = new ConcurrentHashMap<>();
  private final Map<FaultKind, LongAdder> perFault = new ConcurrentHashMap<>();
  private final Deque<ServedRequest> journal = new ArrayDeque<>();
  private final List<String> failures = new ArrayList<>();

  public MergeDispatcher(
      String apiKey,
      Clock clock,
      RateLimiter rateLimiter,
      FaultPlan faults,
      LongSupplier latencyNanos,
      boolean classesAsIds,
      int journalLimit,
      Runnable afterEach) {
    this.apiKey = apiKey;
    this.clock = clock;
    this.rateLimiter = rateLimiter;
    this.faults = faults;
    this.latencyNanos = latencyNanos;
    this.journalLimit = journalLimit;
    this.afterEach = afterEach;
    this.contacts = new ContactEndpoints(classesAsIds);
    this.crm = new CrmEndpoints(clock, classesAsIds);
    this.notes = new NoteEndpoints(clock);
  }

  public void add(AccountState account) {
    if (accounts.putIfAbsent(account.token(), account) != null) {
      throw new IllegalArgumentException("accountToken is already used by another linked account");
    }
  }

  public AccountState account(String token) {
    return accounts.get(token);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      return answer(request);
    } finally {
      afterEach.run();
    }
  }

  private MockResponse answer(RecordedRequest request) {
    long number = sequence.incrementAndGet();
    HttpUrl url = request.getUrl();
    String method = request.getMethod();
    String target = request.getTarget();
    String endpoint = endpoint(method, url.encodedPath());
    String token = request.getHeaders().get("X-Account-Token");
    AccountState account = token == null ? null : accounts.get(token);
    ServedRequest.Builder served =
        ServedRequest.builder()
            .sequence(number)
            .method(method)
            .target(target == null ? url.encodedPath() : target);
    if (endpoint != null) {
      served.endpoint(endpoint);
      perEndpoint.computeIfAbsent(method + " " + endpoint, k -> new LongAdder()).increment();
    }
    if (account != null) {
      served.linkedAccountId(account.id());
    }
    Fault fault = endpoint == null ? null : faults.select(method, endpoint, token);
    if (fault != null) {
      served.fault(fault.kind());
      perFault.computeIfAbsent(fault.kind(), k -> new LongAdder()).increment();
    }
    Answer answer;
    if (endpoint == null) {
      answer =
          fail(
              method + " " + url.encodedPath() + " is not an endpoint of the fake Merge CRM API",
              Answer.detail(404, "Not found."));
    } else if (fault != null && preempts(fault.kind())) {
      answer = faultAnswer(fault);
    } else {
      answer = authorized(request, endpoint, url, account, fault);
    }
    // Merge stamps modified_at and its answers' Date with one clock: here, the account's data's.
    return respond(answer, fault, served, account == null ? clock : account.data().clock());
  }

  private Answer authorized(
      RecordedRequest request, String endpoint, HttpUrl url, AccountState account, Fault fault) {
    String authorization = request.getHeaders().get("Authorization");
    if (authorization == null || !authorization.equals("Bearer " + apiKey)) {
      return Answer.detail(401, "Invalid API key.");
    }
    FaultKind listFault = fault == null ? null : fault.kind();
    Params params = new Params(url);
    if (endpoint.equals("/issues")) {
      // Organization-level: the API key alone authorizes it, whatever account token comes along.
      return guarded(request, url, () -> IssueEndpoints.list(accounts.values(), params, listFault));
    }
    if (account == null || account.revoked()) {
      return Answer.detail(401, "Invalid account token.");
    }
    long retryAfter = rateLimiter.acquire(account.id());
    if (retryAfter >= 0) {
      return Answer.detail(429, "Rate limit exceeded.").withRetryAfter(Long.toString(retryAfter));
    }
    return guarded(request, url, () -> route(request, endpoint, url, account, params, listFault));
  }

  private Answer route(
      RecordedRequest request,
      String endpoint,
      HttpUrl url,
      AccountState account,
      Params params,
      FaultKind listFault) {
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    switch (endpoint) {
      case "/contacts":
        return contacts.list(account, params, listFault);
      case "/contacts/{id}":
        return contacts.get(account, lastSegment(url), params);
      case "/contacts/remote-field-classes":
        return contacts.fieldClasses(account, params, listFault);
      case "/accounts":
        return crm.accounts(account, params, listFault);
      case "/accounts/{id}":
        return crm.account(account, lastSegment(url), params);
      case "/accounts/remote-field-classes":
        return crm.accountFieldClasses(account, params, listFault);
      case "/users":
        return crm.users(account, params, listFault);
      case "/sync-status":
        return crm.syncStatus(account, params, listFault);
      case "/account-details":
        return crm.accountDetails(account, params);
      case "/notes":
        return request.getMethod().equals("POST")
            ? notes.create(account, params, body, request.getHeaders().get("Idempotency-Key"))
            : notes.list(account, params, listFault);
      case "/notes/meta/post":
        return notes.meta(account, params);
      case "/passthrough":
        return Passthrough.answer(account, params, body);
      default:
        throw new IllegalStateException("no handler for " + endpoint);
    }
  }

  /** The endpoint's answer; a request it rejects loudly, or that breaks it, is recorded. */
  private Answer guarded(RecordedRequest request, HttpUrl url, Supplier<Answer> endpoint) {
    try {
      return endpoint.get();
    } catch (Rejection rejection) {
      Answer answer = Answer.detail(rejection.status(), rejection.getMessage());
      return rejection.loud()
          ? fail(
              request.getMethod() + " " + url.encodedPath() + ": " + rejection.getMessage(), answer)
          : answer;
    } catch (RuntimeException e) {
      return fail(
          "the fake failed on " + request.getMethod() + " " + url.encodedPath() + ": " + e,
          Answer.detail(500, "The fake Merge server failed; see the test's failures."));
    }
  }

  private static boolean preempts(FaultKind kind) {
    switch (kind) {
      case SERVER_ERROR:
      case RATE_LIMITED:
      case RATE_LIMITED_WITHOUT_RETRY_AFTER:
      case TIMEOUT:
      case DROPPED_CONNECTION:
      case UNAUTHORIZED:
      case WRITE_ERRORS:
        return true;
      default:
        return false;
    }
  }

  private static Answer faultAnswer(Fault fault) {
    switch (fault.kind()) {
      case SERVER_ERROR:
        return Answer.detail(fault.status(), "Server error.");
      case RATE_LIMITED:
        long seconds = (fault.retryAfter().orElseThrow().toMillis() + 999) / 1000;
        return Answer.detail(429, "Rate limit exceeded.").withRetryAfter(Long.toString(seconds));
      case RATE_LIMITED_WITHOUT_RETRY_AFTER:
        return Answer.detail(429, "Rate limit exceeded.");
      case UNAUTHORIZED:
        return Answer.detail(401, "Invalid account token.");
      case WRITE_ERRORS:
        String type = fault.problemType().orElseThrow();
        return NoteEndpoints.problems(
            201,
            List.<String[]>of(
                new String[] {"/model", type, "Salesforce refused the write (" + type + ")."}));
      default:
        return new Answer(0, new byte[0], null);
    }
  }

  private MockResponse respond(
      Answer answer, Fault fault, ServedRequest.Builder served, Clock date) {
    FaultKind kind = fault == null ? null : fault.kind();
    byte[] body = answer.body();
    if (kind == FaultKind.MALFORMED_JSON) {
      body = Arrays.copyOf(body, Math.max(1, body.length / 2));
    }
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(answer.status() == 0 ? 200 : answer.status())
            .setHeader("Content-Type", "application/json")
            .setHeader("Date", HTTP_DATE.format(date.instant()))
            .body(new okio.Buffer().write(body));
    if (answer.retryAfter() != null) {
      response.setHeader("Retry-After", answer.retryAfter());
    }
    long delay = latencyNanos.getAsLong();
    if (delay > 0) {
      response.headersDelay(delay, TimeUnit.NANOSECONDS);
    }
    int status = answer.status();
    if (kind == FaultKind.TIMEOUT) {
      response.onResponseStart(SocketEffect.Stall.INSTANCE);
      status = 0;
    } else if (kind == FaultKind.DROPPED_CONNECTION || kind == FaultKind.ANSWER_LOST) {
      response.onResponseStart(new SocketEffect.CloseSocket());
      status = 0;
    } else if (kind == FaultKind.TRUNCATED_BODY) {
      response.onResponseBody(new SocketEffect.CloseSocket());
    }
    record(served.status(status).build());
    return response.build();
  }

  private Answer fail(String failure, Answer answer) {
    synchronized (failures) {
      failures.add(failure);
    }
    return answer;
  }

  private void record(ServedRequest served) {
    synchronized (journal) {
      journal.addLast(served);
      while (journal.size() > journalLimit) {
        journal.removeFirst();
      }
    }
  }

  /** The endpoint as rules name it, or null when the fake does not serve this method and path. */
  static String endpoint(String method, String path) {
    if (!path.startsWith(PREFIX + "/")) {
      return null;
    }
    String rest = path.substring(PREFIX.length());
    if (rest.length() > 1 && rest.endsWith("/")) {
      rest = rest.substring(0, rest.length() - 1);
    }
    String endpoint;
    if (rest.startsWith("/contacts/")
        && rest.indexOf('/', 10) < 0
        && !rest.equals("/contacts/remote-field-classes")) {
      endpoint = "/contacts/{id}";
    } else if (rest.startsWith("/accounts/")
        && rest.indexOf('/', 10) < 0
        && !rest.equals("/accounts/remote-field-classes")) {
      endpoint = "/accounts/{id}";
    } else {
      endpoint = rest;
    }
    boolean post = endpoint.equals("/notes") || endpoint.equals("/passthrough");
    boolean get = !endpoint.equals("/passthrough");
    if (!FaultRule.ENDPOINTS.contains(endpoint)
        || !((method.equals("GET") && get) || (method.equals("POST") && post))) {
      return null;
    }
    return endpoint;
  }

  private static String lastSegment(HttpUrl url) {
    List<String> segments = url.pathSegments();
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (!segments.get(i).isEmpty()) {
        return segments.get(i);
      }
    }
    return "";
  }

  public long requestCount() {
    return sequence.get();
  }

  public long requestCount(String method, String endpoint) {
    LongAdder count = perEndpoint.get(method + " " + endpoint);
    return count == null ? 0 : count.sum();
  }

  public long faultCount(FaultKind kind) {
    LongAdder count = perFault.get(kind);
    return count == null ? 0 : count.sum();
  }

  public List<ServedRequest> journal() {
    synchronized (journal) {
      return List.copyOf(journal);
    }
  }

  public List<String> failures() {
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }

  public List<String> takeFailures() {
    synchronized (failures) {
      List<String> taken = List.copyOf(failures);
      failures.clear();
      return taken;
    }
  }
}
