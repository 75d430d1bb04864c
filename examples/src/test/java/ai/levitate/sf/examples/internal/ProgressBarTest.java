package ai.levitate.sf.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunPhase;
import ai.levitate.sf.core.spi.SyncProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ProgressBarTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void onATerminalOneLineIsRedrawnWithABarAndTimeLeft() {
    ProgressBar bar = new ProgressBar(out, true, 400);

    bar.runStarted(progress(0, 0, Duration.ZERO));
    bar.pageCommitted(progress(1, 100, Duration.ofSeconds(1)));
    bar.pageCommitted(progress(2, 200, Duration.ofSeconds(2)));

    assertThat(text())
        .isEqualTo(
            "\r[########----------------------]  25% 100/400 contacts, 1 pages, 0 changes, 1.0 s, 3.0 s left   "
                + "\r[###############---------------]  50% 200/400 contacts, 2 pages, 0 changes, 2.0 s, 2.0 s left   ");
  }

  @Test
  void elsewhereAPlainLineComesEveryTwoSecondsOfTheRun() {
    ProgressBar bar = new ProgressBar(out, false, 0);

    bar.runStarted(progress(0, 0, Duration.ZERO));
    for (int page = 1; page <= 6; page++) {
      bar.pageCommitted(progress(page, page * 100L, Duration.ofMillis(900L * page)));
    }

    assertThat(text())
        .isEqualTo(
            "run-1 INITIAL started\n"
                + "  run-1 INITIAL: 300 contacts, 3 pages, 0 changes, 2.7 s\n"
                + "  run-1 INITIAL: 600 contacts, 6 pages, 0 changes, 5.4 s\n");
  }

  @Test
  void aRunReadingSeveralPagesAtOnceSaysHowMany() {
    ProgressBar bar = new ProgressBar(out, false, 0);

    bar.pageCommitted(
        SyncProgress.builder().from(progress(30, 3000, Duration.ofSeconds(2))).readers(8).build());

    assertThat(text())
        .isEqualTo("  run-1 INITIAL: 3000 contacts, 30 pages (8 at once), 0 changes, 2.0 s\n");
  }

  private static SyncProgress progress(long pages, long read, Duration elapsed) {
    return SyncProgress.builder()
        .runId("run-1")
        .kind(RunKind.INITIAL)
        .phase(RunPhase.READ)
        .pages(pages)
        .contactsRead(read)
        .changesEmitted(0)
        .estimatedTotal(Optional.of(read))
        .elapsed(elapsed)
        .build();
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
