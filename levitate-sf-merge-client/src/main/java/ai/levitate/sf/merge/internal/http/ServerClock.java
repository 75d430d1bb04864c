package ai.levitate.sf.merge.internal.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Merge's clock, as its answers tell it: the {@code Date} header of the latest answer (RFC 9110:
 * when the server made it, cut to the second), and when it came on the client's clock. Merge stamps
 * {@code modified_at} with its own clock, so the sync bounds what it reads by this one.
 *
 * <p>The estimate is the end of the answer's second: every change Merge had stamped when it
 * answered lies before it, so a window that ends there misses none of them. It is at most a second
 * ahead, which the sync's overlap covers.
 */
public final class ServerClock implements Interceptor {
  /** How finely a {@code Date} header tells the time. */
  private static final Duration RESOLUTION = Duration.ofSeconds(1);

  private final Clock clock;
  private volatile Reading latest;

  public ServerClock(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    Instant date = response.headers().getInstant("Date");
    if (date != null) {
      latest = new Reading(date, clock.instant());
    }
    return response;
  }

  /**
   * Merge's time now: the end of the latest answer's {@code Date} second, plus the time since it
   * came; empty before the first answer with one.
   */
  public Optional<Instant> now() {
    Reading reading = latest;
    return reading == null
        ? Optional.empty()
        : Optional.of(
            reading
                .date
                .plus(RESOLUTION)
                .plus(Duration.between(reading.receivedAt, clock.instant())));
  }

  private record Reading(Instant date, Instant receivedAt) {}
}
