package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The engine streams: 100,000 contacts sync in a JVM whose heap is capped at 128 MB. */
final class SyncMemoryTest {

  @Test
  void syncsOneHundredThousandContactsInA128MegabyteHeap()
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-Duser.timezone=America/Los_Angeles",
                "-cp",
                System.getProperty("java.class.path"),
                MemoryRun.class.getName(),
                "100000")
            .redirectErrorStream(true)
            .start();
    boolean exited = process.waitFor(120, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(exited).as("finished within two minutes").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    Map<String, String> figures = figures(output);
    assertThat(figures)
        .containsEntry("created", "100000")
        .containsEntry("emitted", "100000")
        .containsEntry("gapless", "true")
        .containsEntry("pages", "1000");
    long early = Long.parseLong(figures.get("retainedEarlyKb"));
    long late = Long.parseLong(figures.get("retainedLateKb"));
    assertThat(late - early)
        .as("retained heap growth from page 100 to 1000, KB")
        .isLessThan(8 * 1024);
    assertThat(late).as("heap retained after the last page, KB").isLessThan(16 * 1024);
  }

  private static Map<String, String> figures(String output) {
    Map<String, String> figures = new HashMap<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("created=")) {
        System.out.println("SyncMemoryTest: " + line.strip());
        for (String pair : line.strip().split(" ")) {
          String[] kv = pair.split("=", 2);
          figures.put(kv[0], kv[1]);
        }
      }
    }
    return figures;
  }
}
