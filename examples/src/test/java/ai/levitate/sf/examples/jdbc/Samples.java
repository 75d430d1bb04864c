package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import java.time.Instant;
import java.util.List;

/** Small batches for the JDBC store's own tests. */
final class Samples {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private Samples() {}

  static ContactState state(String id, long run) {
    return ContactState.builder()
        .salesforceId(id)
        .mergeId("merge-" + id)
        .fingerprint("fp-" + run)
        .addOwnedTags(LevitateContact.SALESFORCE_TAG)
        .accountMergeId("account-1")
        .lastSeenRun(run)
        .build();
  }

  static LevitateContact contact(String id, String... tags) {
    var contact =
        LevitateContact.builder()
            .salesforceId(id)
            .mergeId("merge-" + id)
            .firstName("Ada")
            .lastName("Lovelace")
            .greetingName("Ada");
    for (String tag : tags) {
      contact.addTags(Tag.of(tag, Provenance.constant()));
    }
    return contact.build();
  }

  static ContactChange create(String runId, long position, String id, String... tags) {
    return ContactChange.builder()
        .runId(runId)
        .position(position)
        .type(ChangeType.CREATE)
        .salesforceId(id)
        .mergeId("merge-" + id)
        .contact(contact(id, tags))
        .addTagsAdded(tags)
        .build();
  }

  static HeldChange held(String id, long run) {
    return HeldChange.builder()
        .heldInRun(run)
        .stateAfter(state(id, run))
        .type(ChangeType.ARCHIVE)
        .salesforceId(id)
        .mergeId("merge-" + id)
        .reason(StatusReason.MISSING_FROM_SOURCE)
        .build();
  }

  static RunState running(long run) {
    return RunState.builder()
        .runsStarted(run)
        .checkpoint(
            SyncCheckpoint.builder()
                .runNumber(run)
                .kind(RunKind.INITIAL)
                .requestedKind(RunKind.INITIAL)
                .startedAt(T0)
                .settingsFingerprint("s")
                .knownAtStart(0)
                .build())
        .build();
  }

  /** Run {@code run} creates the contacts with these ids and holds an archive of the first. */
  static SyncBatch batch(long run, long token, List<String> ids) {
    var batch =
        SyncBatch.builder()
            .runId("run-" + run)
            .fencingToken(token)
            .runState(running(run))
            .addHeldAdded(held(ids.get(0), run));
    for (int i = 0; i < ids.size(); i++) {
      batch
          .addChanges(create("run-" + run, i, ids.get(i), LevitateContact.SALESFORCE_TAG))
          .addStates(state(ids.get(i), run));
    }
    return batch.build();
  }
}
