package ai.levitate.sf.merge.internal;

import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.merge.internal.http.Answer;
import ai.levitate.sf.merge.internal.http.Failures;
import ai.levitate.sf.merge.internal.http.Transport;
import ai.levitate.sf.merge.internal.wire.Json;
import ai.levitate.sf.merge.internal.wire.NoteCreateBody;
import ai.levitate.sf.merge.internal.wire.PassthroughBody;
import ai.levitate.sf.merge.internal.wire.RawPage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * The Merge endpoints the library uses, over the retrying transport: pages as raw records, single
 * answers as trees. Every attempt is counted on each of this view's counters.
 */
public final class MergeService {
  /** Merge wants the two expansions as one value with a literal comma. */
  public static final String CONTACT_EXPAND = "account,owner";

  /** Merge's largest page. */
  public static final int MAX_PAGE_SIZE = 100;

  private final MergeApi api;
  private final Transport transport;
  private final List<AtomicLong> counters;

  public MergeService(MergeApi api, Transport transport, AtomicLong counter) {
    this(api, transport, List.of(counter));
  }

  private MergeService(MergeApi api, Transport transport, List<AtomicLong> counters) {
    this.api = api;
    this.transport = transport;
    this.counters = counters;
  }

  /** A view that also counts its attempts on {@code counter}. */
  public MergeService counting(AtomicLong counter) {
    List<AtomicLong> all = new ArrayList<>(counters);
    all.add(counter);
    return new MergeService(api, transport, List.copyOf(all));
  }

  public Failures failures() {
    return transport.failures();
  }

  public RawPage contacts(ContactQuery query, boolean includeRemoteData) {
    return page(api.contacts(CONTACT_EXPAND, true, includeRemoteData ? Boolean.TRUE : null,
        query.includeDeleted() ? Boolean.TRUE : null, query.pageSize(), query.cursor().orElse(null),
        timestamp(query.modifiedAfter()), timestamp(query.modifiedBefore()),
        timestamp(query.createdAfter()), timestamp(query.createdBefore()),
        query.accountId().orElse(null), query.remoteId().orElse(null)));
  }

  public Answer contact(String id, boolean includeRemoteData) {
    return call(api.contact(id, CONTACT_EXPAND, true, includeRemoteData ? Boolean.TRUE : null));
  }

  public RawPage contactRemoteFieldClasses(Optional<String> cursor, int pageSize) {
    return page(api.contactRemoteFieldClasses(pageSize, cursor.orElse(null)));
  }

  /** Accounts with their remote fields, deleted ones included (their contacts lose the company). */
  public RawPage accounts(Optional<String> cursor, Optional<Instant> modifiedAfter) {
    return page(api.accounts(MAX_PAGE_SIZE, cursor.orElse(null), timestamp(modifiedAfter), true,
        true));
  }

  /** One account with its remote fields. */
  public Answer account(String id) {
    return call(api.account(id, true));
  }

  public RawPage accountRemoteFieldClasses(Optional<String> cursor) {
    return page(api.accountRemoteFieldClasses(MAX_PAGE_SIZE, cursor.orElse(null)));
  }

  public RawPage users(Optional<String> cursor, Optional<Instant> modifiedAfter) {
    return page(api.users(MAX_PAGE_SIZE, cursor.orElse(null), timestamp(modifiedAfter)));
  }

  public RawPage notes(String contactId, Optional<String> cursor) {
    return page(api.notes(contactId, MAX_PAGE_SIZE, cursor.orElse(null)));
  }

  public Answer createNote(Optional<String> idempotencyKey, NoteCreateBody body) {
    return call(api.createNote(idempotencyKey.orElse(null), body));
  }

  public Answer notesMetaPost() {
    return call(api.notesMetaPost());
  }

  public RawPage syncStatus(Optional<String> cursor) {
    return page(api.syncStatus(MAX_PAGE_SIZE, cursor.orElse(null)));
  }

  public Answer accountDetails() {
    return call(api.accountDetails());
  }

  public RawPage ongoingIssues(String linkedAccountId, Optional<String> cursor) {
    return page(api.issues(linkedAccountId, "ONGOING", MAX_PAGE_SIZE, cursor.orElse(null)));
  }

  public Answer passthrough(String idempotencyKey, PassthroughBody body) {
    return call(api.passthrough(idempotencyKey, body));
  }

  public Answer call(Call<ResponseBody> call) {
    return transport.execute(call, counters);
  }

  /** A list page: {@code {"next", "previous", "results": [...]}}. */
  public RawPage page(Call<ResponseBody> call) {
    Answer answer = call(call);
    JsonNode root = tree(answer);
    if (!root.isObject()) {
      throw failures().invalid(answer, "JSON that is not a page object");
    }
    JsonNode results = root.path("results");
    if (!results.isArray() && !results.isMissingNode() && !results.isNull()) {
      throw failures().invalid(answer, "a page whose results are not a list");
    }
    List<JsonNode> records = new ArrayList<>();
    results.forEach(records::add);
    JsonNode next = root.path("next");
    Optional<String> cursor = next.isTextual() && !next.asText().isBlank()
        ? Optional.of(next.asText()) : Optional.empty();
    return new RawPage(List.copyOf(records), cursor, answer);
  }

  /** The answer's body as a JSON tree. */
  public JsonNode tree(Answer answer) {
    try {
      JsonNode root = Json.mapper().readTree(answer.body());
      if (root == null || root.isMissingNode()) {
        throw failures().invalid(answer, "an empty body where JSON was expected");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw failures().invalid(answer, "JSON the client cannot read: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw failures().invalid(answer, "a body the client cannot read: " + e.getMessage());
    }
  }

  /** The answer's body, a JSON object, read as {@code type}. */
  public <T> T read(Answer answer, Class<T> type) {
    JsonNode root = tree(answer);
    if (!root.isObject()) {
      // Jackson reads a JSON null as a null object, which no caller expects.
      throw failures().invalid(answer, "JSON that is not an object");
    }
    try {
      return Json.mapper().treeToValue(root, type);
    } catch (JsonProcessingException e) {
      throw failures().invalid(answer, "JSON of an unexpected shape: " + e.getOriginalMessage());
    }
  }

  /** Merge's timestamp format, to the microsecond (Merge keeps no finer time). */
  static String timestamp(Optional<Instant> instant) {
    return instant.map(i -> i.truncatedTo(ChronoUnit.MICROS).toString()).orElse(null);
  }
}
