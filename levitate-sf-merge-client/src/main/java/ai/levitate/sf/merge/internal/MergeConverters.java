package ai.levitate.sf.merge.internal;

import ai.levitate.sf.merge.AccountDetails;
import ai.levitate.sf.merge.CreatedNote;
import ai.levitate.sf.merge.NoteWriteMeta;
import ai.levitate.sf.merge.internal.convert.RecordException;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.http.AnswerBody;
import ai.levitate.sf.merge.internal.http.Failures;
import ai.levitate.sf.merge.internal.http.UnusableBodyException;
import ai.levitate.sf.merge.internal.wire.AccountDetailsDto;
import ai.levitate.sf.merge.internal.wire.ContactRecord;
import ai.levitate.sf.merge.internal.wire.ContactRecordPage;
import ai.levitate.sf.merge.internal.wire.Json;
import ai.levitate.sf.merge.internal.wire.MetaDto;
import ai.levitate.sf.merge.internal.wire.Problems;
import ai.levitate.sf.merge.internal.wire.RawPage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * How {@link MergeApi}'s values cross the wire: request bodies as JSON with the project's mapper;
 * query and header values with {@code Optional.empty()} left out and instants in Merge's format, to
 * the microsecond; answers read in full and decoded as the endpoint's declared type. A body that
 * does not decode fails with {@link UnusableBodyException}, which the call adapter turns into the
 * client's exception naming the answer.
 *
 * <p>Declared types: {@code byte[]} (the body as is), {@link JsonNode}, {@link RawPage} (a list
 * page whose records stay raw, so one broken record never fails a page), {@link ContactRecordPage}
 * and {@link ContactRecord} (contacts, read by {@link ContactPageReader}), the client's own {@link
 * AccountDetails}, {@link NoteWriteMeta} and {@link CreatedNote}, and any wire DTO (a JSON object,
 * read with the project's mapper).
 */
public final class MergeConverters extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final Failures failures;

  /** {@code failures} redacts what Merge wrote into a decoded value (a note's warnings). */
  public MergeConverters(Failures failures) {
    this.failures = failures;
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == byte[].class) {
      return ResponseBody::bytes;
    }
    if (type == JsonNode.class) {
      return body -> tree(AnswerBody.bytes(body));
    }
    if (type == RawPage.class) {
      return body -> page(tree(AnswerBody.bytes(body)));
    }
    if (type == ContactRecordPage.class) {
      return body -> read(AnswerBody.bytes(body), ContactPageReader::page);
    }
    if (type == ContactRecord.class) {
      return body -> read(AnswerBody.bytes(body), ContactPageReader::record);
    }
    if (type == AccountDetails.class) {
      return body -> accountDetails(tree(AnswerBody.bytes(body)));
    }
    if (type == NoteWriteMeta.class) {
      return body -> noteWriteMeta(object(tree(AnswerBody.bytes(body)), MetaDto.class));
    }
    if (type == CreatedNote.class) {
      return body -> createdNote(tree(AnswerBody.bytes(body)));
    }
    if (type instanceof Class<?> dto && dto.isRecord()) {
      ObjectReader reader = Json.mapper().readerFor(dto);
      return body -> object(tree(AnswerBody.bytes(body)), reader);
    }
    return null;
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    return value -> RequestBody.create(Json.mapper().writeValueAsBytes(value), JSON);
  }

  /**
   * {@code Optional.empty()} becomes null, which Retrofit leaves out; instants in Merge's format.
   */
  @Override
  public Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    Class<?> raw = getRawType(type);
    if (raw == Optional.class) {
      return (Optional<?> value) -> value.map(MergeConverters::text).orElse(null);
    }
    if (raw == Instant.class) {
      return (Instant value) -> text(value);
    }
    return null;
  }

  /** Merge's timestamp format, to the microsecond (Merge keeps no finer time). */
  static String text(Object value) {
    return value instanceof Instant instant
        ? instant.truncatedTo(ChronoUnit.MICROS).toString()
        : value.toString();
  }

  /** The body as a JSON tree. */
  private static JsonNode tree(byte[] body) {
    return read(
        body,
        bytes -> {
          JsonNode root = Json.mapper().readTree(bytes);
          if (root == null || root.isMissingNode()) {
            throw UnusableBodyException.invalid("an empty body where JSON was expected");
          }
          return root;
        });
  }

  /** Reads a body as JSON. */
  @FunctionalInterface
  private interface JsonRead<T> {
    T read(byte[] body) throws IOException;
  }

  /** The body read by {@code reader}; JSON the parser rejects is unusable. */
  private static <T> T read(byte[] body, JsonRead<T> reader) {
    try {
      return reader.read(body);
    } catch (JsonProcessingException e) {
      throw UnusableBodyException.invalid("JSON the client cannot read: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw UnusableBodyException.invalid("a body the client cannot read: " + e.getMessage());
    }
  }

  /** A list page: {@code {"next", "previous", "results": [...]}}. */
  private static RawPage page(JsonNode root) {
    if (!root.isObject()) {
      throw UnusableBodyException.invalid("JSON that is not a page object");
    }
    JsonNode results = root.path("results");
    if (!results.isArray() && !results.isMissingNode() && !results.isNull()) {
      throw UnusableBodyException.invalid("a page whose results are not a list");
    }
    List<JsonNode> records = new ArrayList<>();
    results.forEach(records::add);
    JsonNode next = root.path("next");
    Optional<String> cursor =
        next.isTextual() && !next.asText().isBlank()
            ? Optional.of(next.asText())
            : Optional.empty();
    return new RawPage(List.copyOf(records), cursor);
  }

  private static <T> T object(JsonNode root, Class<T> type) {
    return object(root, Json.mapper().readerFor(type));
  }

  /** A JSON object read as a DTO. */
  private static <T> T object(JsonNode root, ObjectReader reader) {
    if (!root.isObject()) {
      // Jackson reads a JSON null as a null object, which no caller expects.
      throw UnusableBodyException.invalid("JSON that is not an object");
    }
    try {
      return reader.readValue(root);
    } catch (IOException e) {
      String why =
          e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
      throw UnusableBodyException.invalid("JSON of an unexpected shape: " + why);
    }
  }

  private static AccountDetails accountDetails(JsonNode root) {
    try {
      return Records.accountDetails(Records.as(root, AccountDetailsDto.class));
    } catch (RecordException e) {
      throw UnusableBodyException.invalid("account details that cannot be read: " + e.getMessage());
    }
  }

  private static NoteWriteMeta noteWriteMeta(MetaDto meta) {
    Optional<MetaDto.Status> status = Optional.ofNullable(meta.status());
    return NoteWriteMeta.builder()
        .canMakeRequest(status.map(s -> Boolean.TRUE.equals(s.canMakeRequest())).orElse(false))
        .linkedAccountStatus(status.flatMap(s -> Records.present(s.linkedAccountStatus())))
        .hasConditionalParams(Boolean.TRUE.equals(meta.hasConditionalParams()))
        .hasRequiredLinkedAccountParams(Boolean.TRUE.equals(meta.hasRequiredLinkedAccountParams()))
        .requestSchemaJson(meta.requestSchema() == null ? "{}" : meta.requestSchema().toString())
        .build();
  }

  /** Merge may fail a write with a 2xx answer that lists errors: that is a failure too. */
  private CreatedNote createdNote(JsonNode root) {
    if (!Problems.list(root.get("errors")).isEmpty()) {
      throw UnusableBodyException.listingErrors();
    }
    JsonNode model = root.path("model");
    Optional<String> id = Records.present(model.path("id").asText(null));
    if (!model.isObject() || id.isEmpty()) {
      throw UnusableBodyException.invalid("no note id and no errors");
    }
    return CreatedNote.builder()
        .noteId(id.get())
        .remoteId(Records.present(model.path("remote_id").asText(null)))
        .warnings(failures.redact(Problems.list(root.get("warnings"))))
        .build();
  }
}
