package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A status and a JSON body the fake sends, before latency and faults are applied. */
public record Answer(int status, byte[] body, String retryAfter) {
  public static final JsonFactory JSON = new JsonFactory();

  /** Writes a JSON body with a generator. */
  public interface Body {
    void write(JsonGenerator out) throws IOException;
  }

  public static Answer json(int status, Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
      body.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Answer(status, bytes.toByteArray(), null);
  }

  /** An error as Merge's framework words one: {@code {"detail": "..."}}. */
  public static Answer detail(int status, String detail) {
    return json(
        status,
        out -> {
          out.writeStartObject();
          out.writeStringField("detail", detail);
          out.writeEndObject();
        });
  }

  public Answer withRetryAfter(String seconds) {
    return new Answer(status, body, seconds);
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
