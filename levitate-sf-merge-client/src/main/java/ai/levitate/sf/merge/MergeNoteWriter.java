package ai.levitate.sf.merge;

import ai.levitate.sf.core.internal.SalesforceIds;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.writeback.NoteRequest;
import ai.levitate.sf.core.writeback.NoteWriteResult;
import ai.levitate.sf.core.writeback.NoteWriter;
import ai.levitate.sf.merge.internal.MergeApi;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.wire.ContactRecordPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The write-back engine's {@link NoteWriter} over a {@link MergeCrmClient}: notes are created with
 * {@code POST /notes}, the activity's title in {@code integration_params.title} and its idempotency
 * key on every attempt.
 *
 * <pre>{@code
 * WritebackEngine engine = WritebackEngine.builder()
 *     .noteWriter(MergeNoteWriter.create(client))
 *     ...
 * }</pre>
 *
 * <p>How Merge's answers map to outcomes: a note id is {@code Written}; a 2xx that lists errors, a
 * 404 and any other 4xx are {@code Rejected}, except that credentials Merge refuses (401, 403) or a
 * linked account that needs relinking end the run with the exception, since no note can be written;
 * a 429 that outlasts the client's retries is {@code Failed}; a 5xx, a timeout, a dropped
 * connection and an unreadable 2xx are {@code Uncertain}, because Merge may have stored the note
 * before the answer went wrong.
 */
public final class MergeNoteWriter implements NoteWriter {
  private static final String RELINK_NEEDED = "RELINK_NEEDED";

  private final MergeNotes notes;
  private final MergeLists lists;

  /** How long a read of the users serves before a miss reads them again (a user may be new). */
  static final Duration USERS_FRESH_FOR = Duration.ofMinutes(10);

  private final Clock clock;
  private final AtomicLong requests = new AtomicLong();
  private Map<String, String> usersBySalesforceId;
  private Instant usersReadAt;

  private MergeNoteWriter(MergeCrmClient client) {
    this.clock = client.clock();
    MergeApi api = client.api(requests);
    this.notes = new MergeNotes(api);
    this.lists = new MergeLists(api, client.failures());
  }

  public static MergeNoteWriter create(MergeCrmClient client) {
    return new MergeNoteWriter(Objects.requireNonNull(client, "client == null"));
  }

  @Override
  public NoteWriteResult write(NoteRequest request) {
    Objects.requireNonNull(request, "request == null");
    try {
      CreatedNote created = notes.create(request);
      return new NoteWriteResult.Written(
          created.noteId(), created.warnings().stream().map(MergeProblem::describe).toList());
    } catch (MergeWriteException e) {
      if (e.problems().stream()
          .anyMatch(p -> p.problemType().filter(RELINK_NEEDED::equals).isPresent())) {
        throw e;
      }
      return new NoteWriteResult.Rejected(describe(e));
    } catch (MergeNotFoundException | MergeRequestException e) {
      return new NoteWriteResult.Rejected(describe(e));
    } catch (MergeRateLimitedException e) {
      return new NoteWriteResult.Failed(e.getMessage());
    } catch (MergeServerException | MergeConnectionException | MergeInvalidResponseException e) {
      return new NoteWriteResult.Uncertain(e.getMessage());
    }
  }

  /** Pages through the contact's notes; a note written by this library carries its reference. */
  @Override
  public Optional<String> findNote(String mergeContactId, String reference) {
    Objects.requireNonNull(mergeContactId, "mergeContactId == null");
    Objects.requireNonNull(reference, "reference == null");
    return notes
        .ofContact(mergeContactId)
        .items()
        .filter(note -> note.content().filter(c -> c.contains(reference)).isPresent())
        .map(MergeNote::mergeId)
        .findFirst();
  }

  @Override
  public Optional<String> mergeContactId(String salesforceContactId) {
    Objects.requireNonNull(salesforceContactId, "salesforceContactId == null");
    ContactRecordPage page =
        lists
            .contacts(
                ContactQuery.builder()
                    .remoteId(SalesforceIds.longForm(salesforceContactId))
                    .includeDeleted(false)
                    .pageSize(1)
                    .build(),
                false)
            .value();
    return page.results().stream()
        .map(record -> Records.present(record.fields().path("id").asText(null)))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /**
   * Matches 15- and 18-character Salesforce ids. The users are read once and kept; an id they lack
   * reads them again when the last read is over {@link #USERS_FRESH_FOR} old.
   */
  @Override
  public synchronized Optional<String> mergeUserId(String salesforceUserId) {
    Objects.requireNonNull(salesforceUserId, "salesforceUserId == null");
    String key = SalesforceIds.shortForm(salesforceUserId);
    if (usersBySalesforceId == null
        || (!usersBySalesforceId.containsKey(key)
            && Duration.between(usersReadAt, clock.instant()).compareTo(USERS_FRESH_FOR) > 0)) {
      Map<String, String> users = new HashMap<>();
      for (SourceUser user : lists.users(Optional.empty()).toList()) {
        user.remoteId()
            .ifPresent(id -> users.putIfAbsent(SalesforceIds.shortForm(id), user.mergeId()));
      }
      usersBySalesforceId = users;
      usersReadAt = clock.instant();
    }
    return Optional.ofNullable(usersBySalesforceId.get(key));
  }

  /** Requests this writer has sent, every attempt counted. */
  @Override
  public long requestCount() {
    return requests.get();
  }

  private static List<String> describe(MergeException e) {
    if (!e.problems().isEmpty()) {
      return e.problems().stream().map(MergeProblem::describe).toList();
    }
    return List.of(e.getMessage());
  }
}
