package ai.levitate.sf.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.SourceSyncStatus.State;
import org.junit.jupiter.api.Test;

final class SourceSyncStatusTest {
  private static SourceSyncStatus status(State state, State lastResult, boolean initial) {
    return SourceSyncStatus.builder()
        .modelId("crm.Contact")
        .status(state)
        .lastSyncResult(java.util.Optional.ofNullable(lastResult))
        .initialSync(initial)
        .build();
  }

  @Test
  void failedOrPartialSyncsAreIncomplete() {
    assertThat(status(State.FAILED, null, false).incomplete()).isTrue();
    assertThat(status(State.PARTIALLY_SYNCED, null, false).incomplete()).isTrue();
    assertThat(status(State.SYNCING, State.PARTIALLY_SYNCED, false).incomplete()).isTrue();
  }

  @Test
  void mergesFirstPullIsIncompleteUntilDone() {
    assertThat(status(State.SYNCING, null, true).incomplete()).isTrue();
    assertThat(status(State.DONE, State.DONE, true).incomplete()).isFalse();
  }

  @Test
  void aRoutineSyncInProgressIsComplete() {
    assertThat(status(State.SYNCING, State.DONE, false).incomplete()).isFalse();
    assertThat(status(State.DONE, State.DONE, false).incomplete()).isFalse();
  }
}
