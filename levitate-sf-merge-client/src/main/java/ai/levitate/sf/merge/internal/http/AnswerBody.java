package ai.levitate.sf.merge.internal.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * An answer's body, already read in full, handed to a response converter. {@link #bytes(
 * ResponseBody)} gives a converter the bytes themselves: a contact page is nearly 2 MB, which
 * {@code ResponseBody.create} would copy into a buffer and {@code bytes()} out of it again.
 */
public final class AnswerBody extends ResponseBody {
  private final byte[] bytes;

  AnswerBody(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The body's bytes, not copied when it is an answer's; converters only read them. */
  public static byte[] bytes(ResponseBody body) throws IOException {
    return body instanceof AnswerBody answer ? answer.bytes : body.bytes();
  }

  @Override
  public @Nullable MediaType contentType() {
    return null;
  }

  @Override
  public long contentLength() {
    return bytes.length;
  }

  @Override
  public BufferedSource source() {
    return new Buffer().write(bytes);
  }
}
