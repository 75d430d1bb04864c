package ai.levitate.sf.merge.internal.http;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds Merge's authentication headers to every request; the only place that sees the secrets. At
 * TRACE it logs each request's path and headers with both secrets masked.
 */
final class MergeHeaders implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(MergeHeaders.class);

  static final String AUTHORIZATION = "Authorization";
  static final String ACCOUNT_TOKEN = "X-Account-Token";

  private final String authorization;
  private final String accountToken;
  private final String userAgent;
  private final Redactor redactor;

  MergeHeaders(String apiKey, String accountToken, String userAgent) {
    this.authorization = "Bearer " + apiKey;
    this.accountToken = accountToken;
    this.userAgent = userAgent;
    this.redactor = new Redactor(apiKey, accountToken);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request =
        chain
            .request()
            .newBuilder()
            .header(AUTHORIZATION, authorization)
            .header(ACCOUNT_TOKEN, accountToken)
            .header("Accept", "application/json")
            .header("User-Agent", userAgent)
            .build();
    if (log.isTraceEnabled()) {
      // The query may carry a cursor Merge made, which could echo anything back.
      log.trace(
          "{} {} headers: {}",
          request.method(),
          redactor.redact(MergeCalls.pathOf(request.url())),
          masked(request.headers()));
    }
    return chain.proceed(request);
  }

  static String masked(Headers headers) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean secret = name.equalsIgnoreCase(AUTHORIZATION) || name.equalsIgnoreCase(ACCOUNT_TOKEN);
      text.append(i == 0 ? "" : ", ")
          .append(name)
          .append(": ")
          .append(secret ? Redactor.MASK : headers.value(i));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "MergeHeaders{"
        + AUTHORIZATION
        + "="
        + Redactor.MASK
        + ", "
        + ACCOUNT_TOKEN
        + "="
        + Redactor.MASK
        + "}";
  }
}
