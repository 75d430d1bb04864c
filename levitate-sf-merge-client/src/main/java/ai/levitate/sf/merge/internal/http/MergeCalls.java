package ai.levitate.sf.merge.internal.http;

import ai.levitate.sf.core.NanoClock;
import ai.levitate.sf.merge.MergeException;
import ai.levitate.sf.merge.RetryPolicy;
import ai.levitate.sf.merge.Sleeper;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Runs every endpoint of one linked account and returns its declared type: waits for the failure
 * budget and the rate limiter, counts every attempt, reads the answer in full, retries what may be
 * retried, decodes the 2xx body with the response converter for the declared type and turns every
 * failure into the client's typed exceptions. An endpoint declared as {@link Answered
 * Answered&lt;T&gt;} gets the answer along with its value.
 *
 * <p>GET requests are retried on HTTP 429, 408 and 5xx and on connection failures; a POST only when
 * it carries an {@code Idempotency-Key}, which Retrofit sends unchanged on each cloned attempt.
 * Logs: DEBUG per attempt and WARN per retry; {@link MergeHeaders} logs headers at TRACE, masked.
 */
public final class MergeCalls extends CallAdapter.Factory {
  private static final Logger log = LoggerFactory.getLogger(MergeCalls.class);
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final RetryPolicy policy;
  private final TokenBucket bucket;
  private final FailureBudget budget;
  private final Clock clock;
  private final NanoClock nanoClock;
  private final Sleeper sleeper;
  private final Random random;
  private final Failures failures;
  private final List<AtomicLong> counters;

  /**
   * Calls that add one to {@code counter} per attempt. {@code clock} reads only {@code Retry-After}
   * dates; waits and durations are timed on {@code nanoClock}.
   */
  public MergeCalls(
      RetryPolicy policy,
      TokenBucket bucket,
      FailureBudget budget,
      Clock clock,
      NanoClock nanoClock,
      Sleeper sleeper,
      Random random,
      Failures failures,
      AtomicLong counter) {
    this(policy, bucket, budget, clock, nanoClock, sleeper, random, failures, List.of(counter));
  }

  private MergeCalls(
      RetryPolicy policy,
      TokenBucket bucket,
      FailureBudget budget,
      Clock clock,
      NanoClock nanoClock,
      Sleeper sleeper,
      Random random,
      Failures failures,
      List<AtomicLong> counters) {
    this.policy = policy;
    this.bucket = bucket;
    this.budget = budget;
    this.clock = clock;
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
    this.random = random;
    this.failures = failures;
    this.counters = counters;
  }

  /**
   * The same calls (one rate limiter, one failure budget) counting each attempt on {@code counter}
   * too: a view for one reader of the account.
   */
  public MergeCalls counting(AtomicLong counter) {
    List<AtomicLong> all = new ArrayList<>(counters);
    all.add(counter);
    return new MergeCalls(
        policy, bucket, budget, clock, nanoClock, sleeper, random, failures, List.copyOf(all));
  }

  public Failures failures() {
    return failures;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) == Call.class) {
      return null;
    }
    boolean answered = getRawType(returnType) == Answered.class;
    if (answered && !(returnType instanceof ParameterizedType)) {
      throw new IllegalArgumentException("Answered must name its value type, as Answered<T>");
    }
    Type valueType =
        answered ? getParameterUpperBound(0, (ParameterizedType) returnType) : returnType;
    Converter<ResponseBody, ?> decoder = retrofit.responseBodyConverter(valueType, annotations);
    return new Adapter(decoder, answered);
  }

  /**
   * Retrofit reads each 2xx body as bytes; the adapter decodes them once the call has succeeded.
   */
  private final class Adapter implements CallAdapter<byte[], Object> {
    private final Converter<ResponseBody, ?> decoder;
    private final boolean answered;

    Adapter(Converter<ResponseBody, ?> decoder, boolean answered) {
      this.decoder = decoder;
      this.answered = answered;
    }

    @Override
    public Type responseType() {
      return byte[].class;
    }

    @Override
    public Object adapt(Call<byte[]> call) {
      Answer answer = execute(call);
      Object value = decode(answer);
      return answered ? new Answered<>(value, answer) : value;
    }

    private Object decode(Answer answer) {
      try {
        Object value = decoder.convert(new AnswerBody(answer.body()));
        if (value == null) {
          throw failures.invalid(answer, "no value where one was expected");
        }
        return value;
      } catch (UnusableBodyException e) {
        throw e.mergeErrors()
            ? failures.writeRefused(answer)
            : failures.invalid(answer, e.getMessage());
      } catch (IOException e) {
        throw failures.invalid(answer, "a body the client cannot read: " + e.getMessage());
      }
    }
  }

  /**
   * Executes {@code call}, retrying as the policy allows, and returns its 2xx answer.
   *
   * @throws MergeException (a subclass) when no attempt succeeded
   */
  private Answer execute(Call<byte[]> call) {
    Request request = call.request();
    String line = failures.redactor().redact(request.method() + " " + pathOf(request.url()));
    boolean retryable = request.method().equals("GET") || request.header(IDEMPOTENCY_KEY) != null;
    Call<byte[]> current = call;
    long begun = nanoClock.nanoTime();
    long sending = 0;
    for (int attempt = 1; ; attempt++) {
      Attempt result = attempt(current, line, attempt);
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
        log.warn(
            "{} failed ({}); retry {} of {} in {}",
            line,
            failures.describe(result.failure),
            attempt + 1,
            policy.maxAttempts(),
            readable(wait));
        sleep(wait, line, attempt);
      } else if (result.status >= 200 && result.status < 300) {
        long waited = Math.max(0, nanoClock.nanoTime() - begun - sending);
        return new Answer(line, result.status, result.headers, result.body, attempt, waited);
      } else {
        Optional<Duration> retryAfter =
            RetryAfter.parse(result.headers.get("Retry-After"), clock.instant());
        boolean transientStatus =
            result.status == 429 || result.status == 408 || result.status >= 500;
        boolean tooLong =
            retryAfter.filter(d -> d.compareTo(policy.maxRetryAfter()) > 0).isPresent();
        if (!transientStatus || !canRetry || tooLong) {
          throw failures.forStatus(
              line, result.status, result.headers, result.body, attempt, retryAfter.orElse(null));
        }
        Duration wait = retryAfter.isPresent() ? retryAfter.get() : backoff(attempt);
        log.warn(
            "{} answered HTTP {}; retry {} of {} in {}{}",
            line,
            result.status,
            attempt + 1,
            policy.maxAttempts(),
            readable(wait),
            retryAfter.isPresent() ? " (Retry-After)" : "");
        sleep(wait, line, attempt);
      }
      current = current.clone();
    }
  }

  private Attempt attempt(Call<byte[]> call, String line, int attempt) {
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
        log.debug(
            "{} -> {} in {} ms (attempt {})",
            line,
            result.failure == null ? "HTTP " + result.status : failures.describe(result.failure),
            result.nanos / 1_000_000,
            attempt);
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

  /**
   * Sends one attempt, timing it on {@code clock}. Retrofit reads the answer in full: a 2xx body
   * through the client's byte converter, an error body buffered by Retrofit itself.
   */
  private static Attempt send(Call<byte[]> call, NanoClock clock) {
    long start = clock.nanoTime();
    try {
      Response<byte[]> response = call.execute();
      Headers headers = response.headers();
      if (response.isSuccessful()) {
        byte[] bytes = response.body() == null ? new byte[0] : response.body();
        return new Attempt(response.code(), headers, bytes, null, clock.nanoTime() - start);
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
    return String.format(Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
  }

  /** The path and query of a URL, as sent. */
  static String pathOf(HttpUrl url) {
    String query = url.encodedQuery();
    return url.encodedPath() + (query == null ? "" : "?" + query);
  }

  private record Attempt(
      int status, Headers headers, byte[] body, IOException failure, long nanos) {}
}
