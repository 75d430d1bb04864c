package ai.levitate.sf.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.examples.jdbc.JdbcStorage;
import ai.levitate.sf.examples.jdbc.JdbcSyncStore;
import ai.levitate.sf.testkit.ManualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OutputsTest {
  @TempDir Path dir;

  private final JdbcConnectionPool pool =
      JdbcConnectionPool.create("jdbc:h2:mem:outputs-" + System.nanoTime(), "sa", "");
  private final JdbcSyncStore store =
      JdbcStorage.create(pool, ManualClock.at(Instant.parse("2026-01-05T09:00:00Z")))
          .store("account");

  @AfterEach
  void dispose() {
    pool.dispose();
  }

  @Test
  void contactsJsonlHoldsTheStoresContactsInIdOrderWithTheBytesTheHarnessWroteBefore()
      throws IOException {
    // Three pages of the export and part of a fourth.
    for (int number = 0; number < 13; number++) {
      store.commit(OutFiles.batch(number, 100));
    }
    List<String> expected = new ArrayList<>();
    Outputs.exportContacts(store, expected::add);

    Outputs.write(
        dir,
        store,
        List.of(),
        Optional.empty(),
        new SkippedContacts(SyncListener.NONE),
        file -> Files.writeString(file, "changes\n"));

    assertThat(expected).hasSize(1300);
    assertThat(Files.readAllBytes(dir.resolve(Outputs.CONTACTS)))
        .isEqualTo(OutFiles.asWriterWroteThem(dir, expected));
    assertThat(dir.resolve(Outputs.CHANGES)).hasContent("changes");
    assertThat(dir.resolve(Outputs.REPORT))
        .hasContent("{\"runs\":[],\"skipped\":[],\"skippedLeftOut\":0}");
  }
}
