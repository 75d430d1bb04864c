package ai.levitate.sf.merge.internal.http;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp client for one linked account, sharing a host's pools when given its client.
 */
public final class HttpClients {
  private HttpClients() {}

  /**
   * Redirects are not followed (a redirect to another host would carry the account token along),
   * and OkHttp's own silent retries are off so that every attempt is counted, rate limited and, for
   * a POST, retried only with its idempotency key.
   */
  public static OkHttpClient create(
      OkHttpClient shared,
      String apiKey,
      String accountToken,
      String userAgent,
      Timeouts timeouts,
      long maxResponseBytes,
      ServerClock serverClock) {
    OkHttpClient.Builder builder =
        shared == null ? new OkHttpClient.Builder() : shared.newBuilder();
    return builder
        .connectTimeout(timeouts.connect())
        .readTimeout(timeouts.read())
        .writeTimeout(timeouts.write())
        .callTimeout(timeouts.call())
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .addInterceptor(new MergeHeaders(apiKey, accountToken, userAgent))
        .addInterceptor(new BodyLimit(maxResponseBytes))
        .addInterceptor(serverClock)
        .build();
  }

  /** The four OkHttp timeouts; a zero call timeout means none. */
  public record Timeouts(Duration connect, Duration read, Duration write, Duration call) {}
}
