package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.testkit.ServedRequest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Through the real client and the fake Merge server: a full pass over an org with an account for
 * most clients reads the accounts list in windows of created_at, side by side, and syncs what a
 * pass reading it page after page syncs.
 */
final class AccountWindowsOverFakeMergeTest {
  private static final int CONTACTS = 600;
  private static final int ACCOUNTS = 450;

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void aLongAccountsListIsReadInWindowsAndSyncsAsInSequence() {
    try (FakeOrg partitioned = new FakeOrg(CONTACTS, 21, ACCOUNTS);
        FakeOrg sequential = new FakeOrg(CONTACTS, 21, ACCOUNTS)) {
      partitioned.readConcurrency = 4;
      partitioned.executor = pool;
      sequential.readConcurrency = 1;
      partitioned.at(60);
      sequential.at(60);

      SyncReport report = partitioned.run();
      sequential.run();

      assertThat(report.counts().contactsRead()).isEqualTo(CONTACTS);
      assertThat(partitioned.store.levitateContacts())
          .isEqualTo(sequential.store.levitateContacts());
      List<String> accountPages =
          partitioned.server.requests().stream()
              .filter(r -> r.endpoint().filter("/accounts"::equals).isPresent())
              .map(ServedRequest::target)
              .toList();
      assertThat(accountPages)
          .as("pages of the accounts list, part pages of windows included")
          .hasSizeBetween((ACCOUNTS + 99) / 100, 2 * (ACCOUNTS + 99) / 100)
          .anyMatch(target -> target.contains("created_after="));
      assertThat(sequential.server.requests())
          .filteredOn(r -> r.endpoint().filter("/accounts"::equals).isPresent())
          .hasSize((ACCOUNTS + 99) / 100)
          .noneMatch(r -> r.target().contains("created_after="));
      assertThat(partitioned.server.requests())
          .as("accounts looked up one by one: one the windows missed")
          .noneMatch(r -> r.endpoint().filter(e -> e.startsWith("/accounts/{")).isPresent());
      assertThat(report.counts().mergeRequests()).isEqualTo(partitioned.server.requestCount());
    }
  }
}
