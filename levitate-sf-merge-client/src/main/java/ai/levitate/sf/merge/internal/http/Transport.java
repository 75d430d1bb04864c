package ai.levitate.sf.merge.internal.http;

import ai.levitate.sf.core.NanoClock;
import ai.levitate.sf.merge.MergeException;
import ai.levitate.sf.merge.RetryPolicy;
import ai.levitate.sf.merge.Sleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs Retrofit calls for one linked account: waits for the failure budget and the rate limiter,
 * counts every attempt, reads the answer in full, retries what may be retried and turns every
 * failure into the client's typed exceptions.
 *
 * <p>GET requests are retried on HTTP 429, 408 and 5xx and on connection failures; a POST only when
 * it carries an {@code Idempotency-Key}, which Retrofit sends unchanged on each cloned attempt.
 * Logs: DEBUG per attempt and WARN per retry; {@link MergeHeaders} logs headers at TRACE, masked.
 */
public final class Transport {
  private static final Logger log = LoggerFactory.getLogger(Transport.class);
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final RetryPolicy policy;
  private final TokenBucket bucket;
  private final FailureBudget budget;
  private final Clock clock;
  private final NanoClock nanoClock;
  private final Sleeper sleeper;
  private final Random random;
  private final Failures failures;

  /**
   * {@code clock} reads only {@code Retry-After} dates; waits and durations are timed on
   * {@code nanoClock}.
   */
  public Transport(RetryPolicy policy, TokenBucket bucket, FailureBudget budget, Clock clock,
      NanoClock nanoClock, Sleeper sleeper, Random random, Failures failures) {
    this.policy = policy;
    this.bucket = bucket;
    this.budget = budget;
    this.clock = clock;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
    this.random = random;
    this.failures = failures;
  }

  public Failures failures() {
    return failures;
  }

  /**
   * Executes {@code call}, retrying as the policy allows, and returns its 2xx answer. Each attempt
   * adds one to every counter in {@code counters}.
   *
   * @throws MergeException (a subclass) when no attempt succeeded
   */
  public Answer execute(Call<ResponseBody> call, List<AtomicLong> counters) {
    Request request = call.request();
    String line = failures.redactor().redact(request.method() + " " + pathOf(request.url()));
    boolean retryable =
        request.method().equals("GET") || request.header(IDEMPOTENCY_KEY) != null;
    Call<ResponseBody> current = call;
    long begun = nanoClock.nanoTime();
    long sending = 0;
    for (int attempt = 1; ; attempt++) {
      Attempt result = attempt(current, line, attempt, counters);
      sending += result.nanos;
      boolean canRetry = retryable && attempt < policy.maxAttempts();
      if (result.failure != null) {
        if (result.failure instanceof ResponseTooLargeException tooLarge) {
          throw failures.tooLarge(line, tooLarge.status, tooLarge.limit, attempt);
        }
        if (!canRetry) {
          throw failures.connection(line, attempt, result.failure);
        }
        Duration wait = backoff(attempt);
        log.warn("{} failed ({}); retry {} of {} in {}", line, failures.describe(result.failure),
            attempt + 1, policy.maxAttempts(), readable(wait));
        sleep(wait, line, attempt);
      } else if (result.status >= 200 && result.status < 300) {
        long waited = Math.max(0, nanoClock.nanoTime() - begun - sending);
        return new Answer(line, result.status, result.headers, result.body, attempt, waited);
      } else {
        Optional<Duration> retryAfter =
            RetryAfter.parse(result.headers.get("Retry-After"), clock.instant());
        boolean transientStatus =
            result.status == 429 || result.status == 408 || result.status >= 500;
        boolean tooLong = retryAfter.filter(d -> d.compareTo(policy.maxRetryAfter()) > 0).isPresent();
        if (!transientStatus || !canRetry || tooLong) {
          throw failures.forStatus(line, result.status, result.headers, result.body, attempt,
              retryAfter.orElse(null));
        }
        Duration wait = retryAfter.isPresent() ? retryAfter.get() : backoff(attempt);
        log.warn("{} answered HTTP {}; retry {} of {} in {}{}", line, result.status, attempt + 1,
            policy.maxAttempts(), readable(wait), retryAfter.isPresent() ? " (Retry-After)" : "");
        sleep(wait, line, attempt);
      }
      current = current.clone();
    }
  }

  private Attempt attempt(
      Call<ResponseBody> call, String line, int attempt, List<AtomicLong> counters) {
    try {
      budget.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failures.connection(line, attempt - 1, e);
    }
    boolean failed = true;
    try {
      bucket.acquire();
      counters.forEach(AtomicLong::incrementAndGet);
      Attempt result = send(call, nanoClock);
      failed = result.failure != null || (result.status >= 400 && result.status != 429);
      if (log.isDebugEnabled()) {
        log.debug("{} -> {} in {} ms (attempt {})", line,
            result.failure == null ? "HTTP " + result.status : failures.describe(result.failure),
            result.nanos / 1_000_000, attempt);
      }
      return result;
    } catch (InterruptedException e) {
      failed = false;
      Thread.currentThread().interrupt();
      throw failures.connection(line, attempt - 1, e);
    } finally {
      // Anything unexpected from the call counts as a failure: the budget errs on the safe side.
      budget.release(failed);
    }
  }

  /** Sends one attempt and reads its answer in full, timing it on {@code clock}. */
  private static Attempt send(Call<ResponseBody> call, NanoClock clock) {
    long start = clock.nanoTime();
    try {
      Response<ResponseBody> response = call.execute();
      Headers headers = response.headers();
      if (response.isSuccessful()) {
        try (ResponseBody body = response.body()) {
          byte[] bytes = body == null ? new byte[0] : body.bytes();
          return new Attempt(response.code(), headers, bytes, null, clock.nanoTime() - start);
        }
      }
      try (ResponseBody error = response.errorBody()) {
        byte[] bytes = error == null ? new byte[0] : error.bytes();
        return new Attempt(response.code(), headers, bytes, null, clock.nanoTime() - start);
      }
    } catch (IOException e) {
      return new Attempt(0, null, null, e, clock.nanoTime() - start);
    }
  }

  private Duration backoff(int attempt) {
    double base = policy.initialBackoff().toNanos() * Math.pow(policy.multiplier(), attempt - 1);
    double capped = Math.min(base, policy.maxBackoff().toNanos());
    double jittered = capped * (1.0 - policy.jitter() * random.nextDouble());
    return Duration.ofNanos((long) jittered);
  }

  private void sleep(Duration wait, String line, int attempts) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failures.connection(line, attempts, e);
    }
  }

  private static String readable(Duration wait) {
    return String.format(java.util.Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
  }

  /** The path and query of a URL, as sent. */
  public static String pathOf(HttpUrl url) {
    String query = url.encodedQuery();
    return url.encodedPath() + (query == null ? "" : "?" + query);
  }

  private record Attempt(int status, Headers headers, byte[] body, IOException failure,
      long nanos) {}
}
