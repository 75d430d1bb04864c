package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncBatch;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Batches of created contacts with awkward text, and lines written the way the harness first did.
 */
final class OutFiles {
  /** Text a JSON writer and a UTF-8 encoder must both get right: quotes, controls, emoji. */
  static final List<String> AWKWARD =
      List.of(
          "Zoë \"Zed\" O'Brien",
          "Ünïcödé\tname\\with\nbreaks",
          "李小龍",
          "😀 smiles \ud83d\ude00",
          "\u0000\u001f\u007f\u2028");

  private OutFiles() {}

  /** Batch {@code number} of run 1: {@code size} created contacts, their positions going on. */
  static SyncBatch batch(int number, int size) {
    SyncBatch.Builder batch =
        SyncBatch.builder().runId("run-1").fencingToken(1).runState(RunState.initial());
    for (int i = 0; i < size; i++) {
      int position = number * size + i;
      String id = String.format(Locale.ROOT, "003Yt%013dAAA", position * 7919L % 100_000);
      String name = AWKWARD.get(position % AWKWARD.size());
      LevitateContact contact =
          LevitateContact.builder()
              .salesforceId(id)
              .mergeId("merge-" + id)
              .firstName(name)
              .lastName("Lovelace " + position)
              .greetingName(name)
              .addTags(Tag.of(LevitateContact.SALESFORCE_TAG, Provenance.constant()))
              .build();
      batch
          .addChanges(
              ContactChange.builder()
                  .runId("run-1")
                  .position(position)
                  .type(ChangeType.CREATE)
                  .salesforceId(id)
                  .mergeId("merge-" + id)
                  .contact(contact)
                  .addTagsAdded(LevitateContact.SALESFORCE_TAG)
                  .build())
          .addStates(
              ContactState.builder()
                  .salesforceId(id)
                  .mergeId("merge-" + id)
                  .fingerprint("fp-1")
                  .addOwnedTags(LevitateContact.SALESFORCE_TAG)
                  .lastSeenRun(1)
                  .build());
    }
    return batch.build();
  }

  /** {@code lines} as a file written as the harness first wrote its files: a UTF-8 writer. */
  static byte[] asWriterWroteThem(Path dir, List<String> lines) throws IOException {
    Path file = Files.createTempFile(dir, "expected", ".jsonl");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.delete(file);
    return bytes;
  }
}
