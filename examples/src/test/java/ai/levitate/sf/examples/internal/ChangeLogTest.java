package ai.levitate.sf.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.merge.LevitateJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ChangeLogTest {
  @TempDir Path dir;

  private final List<SyncBatch> committed = new ArrayList<>();

  @Test
  void changesJsonlHoldsEveryCommittedChangeInOrderWithTheBytesTheHarnessWroteBefore()
      throws IOException {
    Path out = dir.resolve("out");
    List<String> expected = new ArrayList<>();
    try (ChangeLog log = new ChangeLog(committed::add, Optional.of(out))) {
      for (int number = 0; number < 40; number++) {
        SyncBatch batch = OutFiles.batch(number, 25);
        log.commit(batch);
        batch.changes().forEach(change -> expected.add(LevitateJson.writeChange(change)));
      }
      log.moveTo(out.resolve(Outputs.CHANGES));
    }

    assertThat(committed).hasSize(40);
    assertThat(Files.readAllBytes(out.resolve(Outputs.CHANGES)))
        .isEqualTo(OutFiles.asWriterWroteThem(dir, expected));
    assertThat(files(out)).containsExactly(Outputs.CHANGES);
    assertThat(
            Files.readAllLines(out.resolve(Outputs.CHANGES)).stream()
                .map(LevitateJson::readChange)
                .map(ContactChange::position))
        .hasSize(1000)
        .isSorted();
  }

  @Test
  void aRunThatEndsWithoutItsFilesLeavesNoSpoolBehind() throws IOException {
    Path out = dir.resolve("out");
    try (ChangeLog log = new ChangeLog(committed::add, Optional.of(out))) {
      log.commit(OutFiles.batch(0, 10));
    }

    assertThat(files(out)).isEmpty();
    assertThat(committed).hasSize(1);
  }

  @Test
  void aBatchTheSinkRefusesIsNotNoted() throws IOException {
    Path out = dir.resolve("out");
    try (ChangeLog log =
        new ChangeLog(
            batch -> {
              throw new IllegalStateException("refused");
            },
            Optional.of(out))) {
      assertThatThrownBy(() -> log.commit(OutFiles.batch(0, 10))).hasMessage("refused");
      log.moveTo(out.resolve(Outputs.CHANGES));
    }

    assertThat(out.resolve(Outputs.CHANGES)).isEmptyFile();
  }

  @Test
  void withoutOutItOnlyPassesTheBatchesOn() throws IOException {
    try (ChangeLog log = new ChangeLog(committed::add, Optional.empty())) {
      log.commit(OutFiles.batch(0, 10));
    }

    assertThat(committed).hasSize(1);
    assertThat(files(dir)).isEmpty();
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
