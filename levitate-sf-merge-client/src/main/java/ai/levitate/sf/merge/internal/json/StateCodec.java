package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.BrakeReason;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.FieldProblemCount;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.ReadPosition;
import ai.levitate.sf.core.spi.RunCounts;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunPhase;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncWatermark;
import ai.levitate.sf.core.spi.UnreadRecords;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the sync state SPI hands a host to store, as JSON: the run state (watermark and checkpoint,
 * with its read positions, brake decision and counts) and one contact's state. Opaque to the host,
 * these round-trip exactly: reading what was written gives an equal value.
 */
public final class StateCodec {
  static final String[] CONTACT_STATE_KEYS = {
    "salesforceId",
    "mergeId",
    "fingerprint",
    "ownedTags",
    "ownedKeyFacts",
    "personTags",
    "personKeyFacts",
    "status",
    "statusReason",
    "statusSetBy",
    "accountMergeId",
    "accountName",
    "accountType",
    "restoredAgainst",
    "ownerMergeId",
    "lastSeenRun",
    "heldInRun",
    "version"
  };
  private static final String[] WATERMARK_KEYS = {
    "runNumber",
    "kind",
    "startedAt",
    "sourceStartedAt",
    "finishedAt",
    "settingsFingerprint",
    "outcome",
    "lastFullPassFinishedAt",
    "unread"
  };
  private static final String[] CHECKPOINT_KEYS = {
    "runNumber",
    "kind",
    "requestedKind",
    "kindReason",
    "startedAt",
    "sourceStartedAt",
    "settingsFingerprint",
    "knownAtStart",
    "expectedContacts",
    "phase",
    "positions",
    "sweepAfter",
    "sweepLookups",
    "sourceEmpty",
    "releaseAfter",
    "approvedRun",
    "mergeSyncState",
    "mergeSyncIncomplete",
    "brake",
    "counts",
    "unread",
    "changesEmitted",
    "resumes"
  };
  private static final String[] QUERY_KEYS = {
    "modifiedAfter",
    "modifiedBefore",
    "createdAfter",
    "createdBefore",
    "accountId",
    "remoteId",
    "mergeId",
    "includeDeleted",
    "pageSize",
    "cursor"
  };
  private static final String[] UNREAD_KEYS = {"salesforceIds", "mergeIds", "overflowed"};
  private static final String[] BRAKE_KEYS = {
    "tripped", "reasons", "changes", "known", "read", "maxShare", "maxCount", "mergeSyncState"
  };
  private static final String[] COUNT_KEYS = {
    "created",
    "updated",
    "unchanged",
    "archived",
    "restored",
    "removed",
    "held",
    "skipped",
    "fieldProblems",
    "unassignedOwners",
    "contactsRead",
    "pages",
    "mergeRequests"
  };
  private static final String[] FIELD_PROBLEM_COUNT_KEYS = {"field", "kind", "count", "examples"};
  private static final String[] FIELD_PROBLEM_KEYS = {
    "salesforceId", "value", "otherValue", "message"
  };

  private StateCodec() {}

  public static String writeRunState(RunState state) {
    ObjectNode root = Format.RUN_STATE.object().put("runsStarted", state.runsStarted());
    state
        .watermark()
        .ifPresent(
            w -> {
              ObjectNode node =
                  root.putObject("watermark")
                      .put("runNumber", w.runNumber())
                      .put("kind", w.kind().name())
                      .put("startedAt", w.startedAt().toString());
              instant(node, "sourceStartedAt", w.sourceStartedAt());
              node.put("finishedAt", w.finishedAt().toString())
                  .put("settingsFingerprint", w.settingsFingerprint())
                  .put("outcome", w.outcome().name());
              instant(node, "lastFullPassFinishedAt", w.lastFullPassFinishedAt());
              unread(node, w.unread());
            });
    state.checkpoint().ifPresent(c -> checkpoint(root.putObject("checkpoint"), c));
    return Writer.text(root);
  }

  public static RunState readRunState(String json) {
    Strict root = Strict.parse(Format.RUN_STATE, json, "runsStarted", "watermark", "checkpoint");
    RunState.Builder state = RunState.builder();
    root.wholeNumber("runsStarted").ifPresent(state::runsStarted);
    root.object("watermark", WATERMARK_KEYS)
        .ifPresent(
            w ->
                state.watermark(
                    w.build(
                        () ->
                            SyncWatermark.builder()
                                .runNumber(w.requiredWholeNumber("runNumber"))
                                .kind(w.requiredEnum("kind", RunKind.class))
                                .startedAt(w.requiredInstant("startedAt"))
                                .sourceStartedAt(w.instant("sourceStartedAt"))
                                .finishedAt(w.requiredInstant("finishedAt"))
                                .settingsFingerprint(w.requiredString("settingsFingerprint"))
                                .outcome(w.requiredEnum("outcome", RunOutcome.class))
                                .lastFullPassFinishedAt(w.instant("lastFullPassFinishedAt"))
                                .unread(unread(w))
                                .build())));
    root.object("checkpoint", CHECKPOINT_KEYS).ifPresent(c -> state.checkpoint(checkpoint(c)));
    return root.build(state::build);
  }

  public static String writeContactState(ContactState state) {
    return Writer.text(Format.CONTACT_STATE.object().setAll(contactState(state)));
  }

  public static ContactState readContactState(String json) {
    return contactState(Strict.parse(Format.CONTACT_STATE, json, CONTACT_STATE_KEYS));
  }

  static ObjectNode contactState(ContactState state) {
    ObjectNode root =
        Writer.object()
            .put("salesforceId", state.salesforceId())
            .put("mergeId", state.mergeId())
            .put("fingerprint", state.fingerprint());
    ArrayNode tags = root.putArray("ownedTags");
    state.ownedTags().forEach(tags::add);
    ownedKeyFacts(root.putArray("ownedKeyFacts"), state.ownedKeyFacts());
    if (!state.personTags().isEmpty()) {
      ArrayNode person = root.putArray("personTags");
      state.personTags().forEach(person::add);
    }
    if (!state.personKeyFacts().isEmpty()) {
      ownedKeyFacts(root.putArray("personKeyFacts"), state.personKeyFacts());
    }
    root.put("status", state.status().name());
    state.statusReason().ifPresent(r -> root.put("statusReason", r.name()));
    root.put("statusSetBy", state.statusSetBy().name());
    Writer.put(root, "accountMergeId", state.accountMergeId());
    // Left out when empty, as most states have them, so states without them read as before.
    Writer.put(root, "accountName", state.accountName());
    Writer.put(root, "accountType", state.accountType());
    if (!state.restoredAgainst().isEmpty()) {
      ArrayNode against = root.putArray("restoredAgainst");
      state.restoredAgainst().stream().sorted().forEach(r -> against.add(r.name()));
    }
    Writer.put(root, "ownerMergeId", state.ownerMergeId());
    root.put("lastSeenRun", state.lastSeenRun());
    state.heldInRun().ifPresent(run -> root.put("heldInRun", run));
    root.put("version", state.version());
    return root;
  }

  static ContactState contactState(Strict root) {
    ContactState.Builder state =
        ContactState.builder()
            .salesforceId(root.requiredString("salesforceId"))
            .mergeId(root.requiredString("mergeId"))
            .fingerprint(root.requiredString("fingerprint"))
            .lastSeenRun(root.requiredWholeNumber("lastSeenRun"))
            .statusReason(root.enumValue("statusReason", StatusReason.class))
            .accountMergeId(root.string("accountMergeId"))
            .accountName(root.string("accountName"))
            .accountType(root.string("accountType"))
            .ownerMergeId(root.string("ownerMergeId"))
            .heldInRun(root.wholeNumber("heldInRun"));
    root.list("ownedTags", Strict.Item::string).ifPresent(state::ownedTags);
    root.list("ownedKeyFacts", StateCodec::ownedKeyFact).ifPresent(state::ownedKeyFacts);
    root.list("personTags", Strict.Item::string).ifPresent(state::personTags);
    root.list("personKeyFacts", StateCodec::ownedKeyFact).ifPresent(state::personKeyFacts);
    root.list("restoredAgainst", item -> item.enumValue(StatusReason.class))
        .ifPresent(state::restoredAgainst);
    root.enumValue("status", ContactStatus.class).ifPresent(state::status);
    root.enumValue("statusSetBy", StatusSetBy.class).ifPresent(state::statusSetBy);
    root.wholeNumber("version").ifPresent(state::version);
    return root.build(state::build);
  }

  /** Key facts without their provenance, as {@link #ownedKeyFact} reads them back. */
  static void ownedKeyFacts(ArrayNode array, List<OwnedKeyFact> facts) {
    for (OwnedKeyFact fact : facts) {
      array.addObject().put("label", fact.label()).put("date", fact.date().toString());
    }
  }

  /** {@code {"label", "date"}}: a key fact without its provenance. */
  static OwnedKeyFact ownedKeyFact(Strict.Item item) {
    Strict fact = item.object("label", "date");
    return fact.build(
        () -> OwnedKeyFact.of(fact.requiredString("label"), fact.requiredDate("date")));
  }

  private static void checkpoint(ObjectNode node, SyncCheckpoint c) {
    node.put("runNumber", c.runNumber())
        .put("kind", c.kind().name())
        .put("requestedKind", c.requestedKind().name());
    Writer.put(node, "kindReason", c.kindReason());
    node.put("startedAt", c.startedAt().toString());
    instant(node, "sourceStartedAt", c.sourceStartedAt());
    node.put("settingsFingerprint", c.settingsFingerprint()).put("knownAtStart", c.knownAtStart());
    c.expectedContacts().ifPresent(n -> node.put("expectedContacts", n));
    node.put("phase", c.phase().name());
    ArrayNode positions = node.putArray("positions");
    for (ReadPosition position : c.positions()) {
      ObjectNode item = positions.addObject().put("purpose", position.purpose().name());
      query(item.putObject("query"), position.query());
      ArrayNode ids = item.putArray("remoteIds");
      position.remoteIds().forEach(ids::add);
      item.put("idsRead", position.idsRead()).put("done", position.done());
    }
    Writer.put(node, "sweepAfter", c.sweepAfter());
    node.put("sweepLookups", c.sweepLookups()).put("sourceEmpty", c.sourceEmpty());
    Writer.put(node, "releaseAfter", c.releaseAfter());
    c.approvedRun().ifPresent(run -> node.put("approvedRun", run));
    c.mergeSyncState().ifPresent(s -> node.put("mergeSyncState", s.name()));
    node.put("mergeSyncIncomplete", c.mergeSyncIncomplete());
    c.brake().ifPresent(b -> brake(node.putObject("brake"), b));
    ReportCodec.counts(node.putObject("counts"), c.counts(), false);
    unread(node, c.unread());
    node.put("changesEmitted", c.changesEmitted()).put("resumes", c.resumes());
  }

  /** {@code "unread": {salesforceIds, mergeIds, overflowed}}, left out when there are none. */
  private static ObjectNode unread(ObjectNode node, UnreadRecords unread) {
    if (!unread.isEmpty()) {
      ObjectNode out = node.putObject("unread");
      ArrayNode salesforce = out.putArray("salesforceIds");
      unread.salesforceIds().forEach(salesforce::add);
      ArrayNode merge = out.putArray("mergeIds");
      unread.mergeIds().forEach(merge::add);
      out.put("overflowed", unread.overflowed());
    }
    return node;
  }

  private static UnreadRecords unread(Strict parent) {
    return parent
        .object("unread", UNREAD_KEYS)
        .map(
            u -> {
              UnreadRecords.Builder unread = UnreadRecords.builder();
              u.list("salesforceIds", Strict.Item::string).ifPresent(unread::salesforceIds);
              u.list("mergeIds", Strict.Item::string).ifPresent(unread::mergeIds);
              u.bool("overflowed").ifPresent(unread::overflowed);
              return u.build(unread::build);
            })
        .orElse(UnreadRecords.none());
  }

  private static SyncCheckpoint checkpoint(Strict c) {
    SyncCheckpoint.Builder checkpoint =
        SyncCheckpoint.builder()
            .runNumber(c.requiredWholeNumber("runNumber"))
            .kind(c.requiredEnum("kind", RunKind.class))
            .requestedKind(c.requiredEnum("requestedKind", RunKind.class))
            .kindReason(c.string("kindReason"))
            .startedAt(c.requiredInstant("startedAt"))
            .sourceStartedAt(c.instant("sourceStartedAt"))
            .settingsFingerprint(c.requiredString("settingsFingerprint"))
            .knownAtStart(c.requiredWholeNumber("knownAtStart"))
            .expectedContacts(c.wholeNumber("expectedContacts"))
            .sweepAfter(c.string("sweepAfter"))
            .releaseAfter(c.string("releaseAfter"))
            .approvedRun(c.wholeNumber("approvedRun"))
            .mergeSyncState(c.enumValue("mergeSyncState", SourceSyncStatus.State.class));
    c.enumValue("phase", RunPhase.class).ifPresent(checkpoint::phase);
    c.list(
            "positions",
            item -> {
              Strict p = item.object("purpose", "query", "remoteIds", "idsRead", "done");
              ReadPosition.Builder position =
                  ReadPosition.builder()
                      .purpose(p.requiredEnum("purpose", ReadPosition.Purpose.class))
                      .query(query(p.requiredObject("query", QUERY_KEYS)));
              p.list("remoteIds", Strict.Item::string).ifPresent(position::remoteIds);
              p.integer("idsRead").ifPresent(position::idsRead);
              p.bool("done").ifPresent(position::done);
              return p.build(position::build);
            })
        .ifPresent(checkpoint::positions);
    c.bool("sweepLookups").ifPresent(checkpoint::sweepLookups);
    c.bool("sourceEmpty").ifPresent(checkpoint::sourceEmpty);
    c.bool("mergeSyncIncomplete").ifPresent(checkpoint::mergeSyncIncomplete);
    c.object("brake", BRAKE_KEYS).ifPresent(b -> checkpoint.brake(brake(b)));
    c.object("counts", COUNT_KEYS).ifPresent(n -> checkpoint.counts(counts(n)));
    checkpoint.unread(unread(c));
    c.wholeNumber("changesEmitted").ifPresent(checkpoint::changesEmitted);
    c.integer("resumes").ifPresent(checkpoint::resumes);
    return c.build(checkpoint::build);
  }

  private static void query(ObjectNode node, ContactQuery q) {
    instant(node, "modifiedAfter", q.modifiedAfter());
    instant(node, "modifiedBefore", q.modifiedBefore());
    instant(node, "createdAfter", q.createdAfter());
    instant(node, "createdBefore", q.createdBefore());
    Writer.put(node, "accountId", q.accountId());
    Writer.put(node, "remoteId", q.remoteId());
    Writer.put(node, "mergeId", q.mergeId());
    node.put("includeDeleted", q.includeDeleted()).put("pageSize", q.pageSize());
    Writer.put(node, "cursor", q.cursor());
  }

  private static ContactQuery query(Strict q) {
    ContactQuery.Builder query =
        ContactQuery.builder()
            .modifiedAfter(q.instant("modifiedAfter"))
            .modifiedBefore(q.instant("modifiedBefore"))
            .createdAfter(q.instant("createdAfter"))
            .createdBefore(q.instant("createdBefore"))
            .accountId(q.string("accountId"))
            .remoteId(q.string("remoteId"))
            .mergeId(q.string("mergeId"))
            .cursor(q.string("cursor"));
    q.bool("includeDeleted").ifPresent(query::includeDeleted);
    q.integer("pageSize").ifPresent(query::pageSize);
    return q.build(query::build);
  }

  private static void brake(ObjectNode node, BrakeDecision b) {
    node.put("tripped", b.tripped());
    ArrayNode reasons = node.putArray("reasons");
    b.reasons().stream().sorted().forEach(r -> reasons.add(r.name()));
    node.put("changes", b.changes())
        .put("known", b.known())
        .put("read", b.read())
        .put("maxShare", b.maxShare())
        .put("maxCount", b.maxCount());
    b.mergeSyncState().ifPresent(s -> node.put("mergeSyncState", s.name()));
  }

  private static BrakeDecision brake(Strict b) {
    BrakeDecision.Builder brake =
        BrakeDecision.builder()
            .tripped(b.bool("tripped").orElse(false))
            .changes(b.requiredWholeNumber("changes"))
            .known(b.requiredWholeNumber("known"))
            .read(b.requiredWholeNumber("read"))
            .maxShare(b.requiredNumber("maxShare"))
            .maxCount(b.requiredWholeNumber("maxCount"))
            .mergeSyncState(b.enumValue("mergeSyncState", SourceSyncStatus.State.class));
    b.list("reasons", item -> item.enumValue(BrakeReason.class)).ifPresent(brake::reasons);
    return b.build(brake::build);
  }

  private static RunCounts counts(Strict c) {
    RunCounts.Builder counts = RunCounts.builder();
    c.wholeNumber("created").ifPresent(counts::created);
    c.wholeNumber("updated").ifPresent(counts::updated);
    c.wholeNumber("unchanged").ifPresent(counts::unchanged);
    c.wholeNumber("archived").ifPresent(counts::archived);
    c.wholeNumber("restored").ifPresent(counts::restored);
    c.wholeNumber("removed").ifPresent(counts::removed);
    c.wholeNumber("held").ifPresent(counts::held);
    c.countsByEnum("skipped", ContactSkipReason.class).ifPresent(counts::skipped);
    c.list("fieldProblems", item -> fieldProblemCount(item.object(FIELD_PROBLEM_COUNT_KEYS)))
        .ifPresent(counts::fieldProblems);
    c.wholeNumber("unassignedOwners").ifPresent(counts::unassignedOwners);
    c.wholeNumber("contactsRead").ifPresent(counts::contactsRead);
    c.wholeNumber("pages").ifPresent(counts::pages);
    c.wholeNumber("mergeRequests").ifPresent(counts::mergeRequests);
    return c.build(counts::build);
  }

  private static FieldProblemCount fieldProblemCount(Strict f) {
    String field = f.requiredString("field");
    FieldProblem.Kind kind = f.requiredEnum("kind", FieldProblem.Kind.class);
    FieldProblemCount.Builder count =
        FieldProblemCount.builder().field(field).kind(kind).count(f.requiredWholeNumber("count"));
    f.list(
            "examples",
            item -> {
              Strict e = item.object(FIELD_PROBLEM_KEYS);
              return e.build(
                  () ->
                      FieldProblem.builder()
                          .field(field)
                          .kind(kind)
                          .salesforceId(e.requiredString("salesforceId"))
                          .value(e.requiredString("value"))
                          .otherValue(e.string("otherValue"))
                          .message(e.requiredString("message"))
                          .build());
            })
        .ifPresent(count::examples);
    return f.build(count::build);
  }

  private static void instant(ObjectNode node, String key, Optional<Instant> value) {
    value.ifPresent(v -> node.put(key, v.toString()));
  }
}
