package ai.levitate.sf.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LineFileTest {
  @TempDir Path dir;

  @Test
  void writesTheLinesInTheOrderAddedWithTheBytesOfAUtf8Writer() throws IOException {
    Path file = dir.resolve("lines.jsonl");
    List<String> all = new ArrayList<>();
    try (LineFile<String> lines = new LineFile<>(file, Function.identity(), 2)) {
      for (int list = 0; list < 50; list++) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < list % 7; i++) {
          values.add(
              list + "/" + i + " " + OutFiles.AWKWARD.get((list + i) % OutFiles.AWKWARD.size()));
        }
        lines.add(values);
        all.addAll(values);
      }
      lines.finish();
    }

    assertThat(Files.readAllBytes(file)).isEqualTo(OutFiles.asWriterWroteThem(dir, all));
  }

  @Test
  void aValueThatCannotBeWrittenFailsTheFinish() throws IOException {
    Path file = dir.resolve("lines.jsonl");
    // "bad" fails only once "after" was added: otherwise adding it could already see the failure.
    Semaphore afterAdded = new Semaphore(0);
    try (LineFile<String> lines =
        new LineFile<>(
            file,
            value -> {
              if (value.equals("bad")) {
                afterAdded.acquireUninterruptibly();
                throw new IllegalArgumentException("no line for bad");
              }
              return value;
            },
            1)) {
      lines.add(List.of("good", "bad"));
      lines.add(List.of("after"));
      afterAdded.release();

      assertThatThrownBy(lines::finish)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("no line for bad");
      assertThatThrownBy(() -> lines.add(List.of("more")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("lines.jsonl was already finished");
    }
  }

  @Test
  void aFullDiskFailsTheFinishNamingTheFile() throws IOException {
    // Linux's /dev/full takes the open and fails every write with ENOSPC: a full disk.
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "no /dev/full here");
    try (LineFile<String> lines = new LineFile<>(full, Function.identity(), 1)) {
      lines.add(List.of("a line no disk will hold"));

      assertThatThrownBy(lines::finish)
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("Writing full failed: ")
          .hasMessageContaining("No space left on device")
          .cause()
          .isInstanceOf(IOException.class)
          .hasMessageContaining("No space left on device");
    }
  }

  @Test
  void halfASurrogatePairIsWrittenAsTheReplacementCharacterAndTheRestAsGiven() throws IOException {
    Path file = dir.resolve("lines.jsonl");
    try (LineFile<String> lines = new LineFile<>(file, Function.identity(), 1)) {
      lines.add(List.of("whole \ud83d\ude00", "half \ud83d", "low \ude00 alone"));
      lines.finish();
    }

    assertThat(Files.readAllBytes(file))
        .isEqualTo(
            "whole \ud83d\ude00\nhalf \ufffd\nlow \ufffd alone\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void closingUnfinishedStopsItsThreadAndLeavesTheFileForTheCallerToDrop() throws IOException {
    Path file = dir.resolve("lines.jsonl");
    LineFile<String> lines = new LineFile<>(file, Function.identity(), 1);
    lines.add(List.of("one"));

    lines.close();

    assertThat(file).exists();
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("levitate-sf-lines.jsonl"));
  }
}
