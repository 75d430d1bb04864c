package ai.levitate.sf.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.levitate.sf.merge.internal.http.Failures;
import ai.levitate.sf.merge.internal.http.Redactor;
import ai.levitate.sf.merge.internal.http.UnusableBodyException;
import ai.levitate.sf.merge.internal.wire.NoteCreateBody;
import ai.levitate.sf.merge.internal.wire.RawPage;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Query;

final class MergeConvertersTest {
  interface Endpoints {
    @GET("contacts")
    Call<JsonNode> contacts(
        @Query("cursor") Optional<String> cursor,
        @Query("modified_after") Optional<Instant> modifiedAfter,
        @Header("Idempotency-Key") Optional<String> key);

    @POST("notes")
    Call<JsonNode> post(@Body NoteCreateBody body);
  }

  private final MergeConverters converters =
      new MergeConverters(new Failures(new Redactor("k", "t")));
  private final Retrofit retrofit =
      new Retrofit.Builder()
          .baseUrl("http://127.0.0.1/api/crm/v1/")
          .addConverterFactory(converters)
          .build();
  private final Endpoints endpoints = retrofit.create(Endpoints.class);

  @Test
  void emptyOptionalsLeaveTheirParameterAndHeaderOut() {
    Request request =
        endpoints.contacts(Optional.empty(), Optional.empty(), Optional.empty()).request();

    assertThat(request.url().toString()).isEqualTo("http://127.0.0.1/api/crm/v1/contacts");
    assertThat(request.header("Idempotency-Key")).isNull();
  }

  @Test
  void presentOptionalsAreSentWithInstantsCutToTheMicrosecond() {
    Request request =
        endpoints
            .contacts(
                Optional.of("c1"),
                Optional.of(Instant.parse("2024-05-01T10:00:00.123456789Z")),
                Optional.of("key-1"))
            .request();

    assertThat(request.url().queryParameter("cursor")).isEqualTo("c1");
    assertThat(request.url().queryParameter("modified_after"))
        .isEqualTo("2024-05-01T10:00:00.123456Z");
    assertThat(request.header("Idempotency-Key")).isEqualTo("key-1");
  }

  @Test
  void bodiesAreWrittenWithTheProjectsMapperLeavingAbsentReferencesOut() throws IOException {
    Request request =
        endpoints
            .post(
                new NoteCreateBody(
                    new NoteCreateBody.Model(
                        "Called", "contact-1", null, null, Map.of("title", "Call"))))
            .request();
    Buffer buffer = new Buffer();
    request.body().writeTo(buffer);

    assertThat(buffer.readUtf8())
        .isEqualTo(
            "{\"model\":{\"content\":\"Called\","
                + "\"contact\":\"contact-1\",\"integration_params\":{\"title\":\"Call\"}}}");
    assertThat(request.body().contentType().toString())
        .isEqualTo("application/json; charset=UTF-8");
  }

  @Test
  void aPageKeepsItsRecordsRawAndItsNextCursor() throws IOException {
    RawPage page = decode(RawPage.class, "{\"next\": \"c2\", \"results\": [{\"id\": 1}, 7]}");

    assertThat(page.results()).hasSize(2);
    assertThat(page.next()).contains("c2");
  }

  @Test
  void aPageWhoseResultsAreNotAListIsUnusable() {
    UnusableBodyException e =
        catchThrowableOfType(
            UnusableBodyException.class, () -> decode(RawPage.class, "{\"results\": {}}"));

    assertThat(e).hasMessage("a page whose results are not a list");
  }

  @Test
  void offersNoConverterForATypeItCannotDecode() {
    assertThat(converters.responseBodyConverter(String.class, new Annotation[0], retrofit))
        .isNull();
  }

  @SuppressWarnings("unchecked") // the factory's converter for type is one of T
  private <T> T decode(Class<T> type, String json) throws IOException {
    Converter<ResponseBody, T> converter =
        (Converter<ResponseBody, T>)
            converters.responseBodyConverter(type, new Annotation[0], retrofit);
    return converter.convert(ResponseBody.create(json.getBytes(StandardCharsets.UTF_8), null));
  }
}
