package ai.levitate.sf.merge.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * Caps every response body (after decompression), so a hostile or broken server cannot exhaust
 * memory: a declared length over the cap fails at once, a longer stream fails when it passes it.
 */
final class BodyLimit implements Interceptor {
  private final long maxBytes;

  BodyLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    if (body.contentLength() > maxBytes) {
      response.close();
      throw new ResponseTooLargeException(response.code(), maxBytes);
    }
    return response.newBuilder().body(new Limited(body, response.code(), maxBytes)).build();
  }

  private static final class Limited extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    Limited(ResponseBody delegate, int status, long maxBytes) {
      this.delegate = delegate;
      this.source =
          Okio.buffer(
              new ForwardingSource(delegate.source()) {
                private long total;

                @Override
                public long read(Buffer sink, long byteCount) throws IOException {
                  long read = super.read(sink, byteCount);
                  if (read > 0) {
                    total += read;
                    if (total > maxBytes) {
                      throw new ResponseTooLargeException(status, maxBytes);
                    }
                  }
                  return read;
                }
              });
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

    @Override
    public BufferedSource source() {
      return source;
    }
  }
}
