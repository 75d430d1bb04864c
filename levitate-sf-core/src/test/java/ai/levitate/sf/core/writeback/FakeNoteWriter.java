package ai.levitate.sf.core.writeback;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A note store standing in for Merge, with scripted outcomes per write. */
final class FakeNoteWriter implements NoteWriter {
  /** What the next write does. */
  enum Outcome {
    OK,
    /** Stored, but the answer is lost. */
    STORED_ANSWER_LOST,
    /** Not stored; a transient failure. */
    FAILED,
    /** Not stored; refused for good. */
    REJECTED,
    /** Stored, then the process dies before the ledger hears of it. */
    STORED_THEN_CRASH,
    /** Stored, its answer lost, and the writer's retry refused: the note exists all the same. */
    STORED_THEN_REJECTED
  }

  final Map<String, String> notes = new LinkedHashMap<>();
  final Map<String, String> contactOfNote = new HashMap<>();
  final List<NoteRequest> requests = new ArrayList<>();
  final Map<String, String> mergeContacts = new HashMap<>();
  final Map<String, String> mergeUsers = new HashMap<>();
  final Deque<Outcome> script = new ArrayDeque<>();
  Function<NoteRequest, Outcome> policy = r -> Outcome.OK;

  /**
   * When not empty, writes to other Merge contact ids are refused as Merge refuses an unknown id.
   */
  final java.util.Set<String> liveContacts = new java.util.HashSet<>();

  /** Lookups of notes on these contacts fail as if Merge were down. */
  final java.util.Set<String> unreachableContacts = new java.util.HashSet<>();

  long calls;
  private final Map<String, String> noteByKey = new HashMap<>();

  @Override
  public NoteWriteResult write(NoteRequest request) {
    calls++;
    requests.add(request);
    if (!liveContacts.isEmpty() && !liveContacts.contains(request.contactId())) {
      return new NoteWriteResult.Rejected(
          List.of("INVALID_REFERENCE: no contact " + request.contactId()));
    }
    Outcome outcome = script.isEmpty() ? policy.apply(request) : script.pop();
    switch (outcome) {
      case FAILED:
        return new NoteWriteResult.Failed("503 from Merge");
      case REJECTED:
        return new NoteWriteResult.Rejected(List.of("MISSING_REQUIRED_FIELD: title"));
      default:
        break;
    }
    String key = request.idempotencyKey().orElseThrow();
    String id = noteByKey.get(key);
    if (id == null) {
      id = "note-" + (notes.size() + 1);
      noteByKey.put(key, id);
      notes.put(id, request.body());
      contactOfNote.put(id, request.contactId());
    }
    switch (outcome) {
      case STORED_ANSWER_LOST:
        return new NoteWriteResult.Uncertain("read timed out");
      case STORED_THEN_REJECTED:
        return new NoteWriteResult.Rejected(List.of("INVALID_REFERENCE: contact"));
      case STORED_THEN_CRASH:
        throw new IllegalStateException("process killed");
      default:
        return new NoteWriteResult.Written(id, List.of());
    }
  }

  /** Like Merge without idempotency: a second POST would make a second note. */
  void forgetKeys() {
    noteByKey.clear();
  }

  @Override
  public Optional<String> findNote(String mergeContactId, String reference) {
    calls++;
    if (unreachableContacts.contains(mergeContactId)) {
      throw new ai.levitate.sf.core.LevitateSfException("GET notes answered 503 after 4 attempts");
    }
    return notes.entrySet().stream()
        .filter(
            e ->
                mergeContactId.equals(contactOfNote.get(e.getKey()))
                    && e.getValue().contains(reference))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  @Override
  public Optional<String> mergeContactId(String salesforceContactId) {
    calls++;
    return Optional.ofNullable(mergeContacts.get(salesforceContactId));
  }

  @Override
  public Optional<String> mergeUserId(String salesforceUserId) {
    return Optional.ofNullable(mergeUsers.get(salesforceUserId));
  }

  @Override
  public long requestCount() {
    return calls;
  }
}
