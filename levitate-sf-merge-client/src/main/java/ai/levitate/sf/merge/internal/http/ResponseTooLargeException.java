package ai.levitate.sf.merge.internal.http;

import java.io.IOException;

/** A response body longer than the client accepts; never retried. */
final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  final int status;
  final long limit;

  ResponseTooLargeException(int status, long limit) {
    super("response body exceeds " + limit + " bytes");
    this.status = status;
    this.limit = limit;
  }
}
