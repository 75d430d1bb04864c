package ai.levitate.sf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --preview}: one self-contained page with the figures of a known org, which headless
 * Chromium loads without a console message (no error, nothing fetched, nothing blocked), and in
 * which the customer's data stays text, never markup.
 */
final class PreviewPageTest {
  private static final Instant TODAY = Instant.parse("2026-03-01T12:00:00Z");
  private static final Pattern FIGURE =
      Pattern.compile("data-figure=\"([^\"]*)\">([0-9,]+)</span>");

  /** The org's figures: 6 contacts, one deleted before the first sync; see preview-org.json. */
  private static final Map<String, Long> FIGURES =
      figures(
          "contacts-total",
          5,
          "status-ACTIVE",
          5,
          "status-ARCHIVED",
          0,
          "status-REMOVED",
          0,
          "tag:Salesforce",
          5,
          "tag:Interests: Golf",
          3,
          "tag:Interests: Sailing",
          2,
          "tag:Interests: Wine",
          1,
          "tag:Interests: <img src=x onerror=alert(2)>",
          1,
          "tag:VIP",
          1,
          "tag:Unsubscribe",
          1,
          "keyfact:Birthdate",
          3,
          "keyfact-lacking:Birthdate",
          2,
          "keyfact:Anniversary",
          1,
          "keyfact-lacking:Anniversary",
          4,
          "owner:0055e000001AbcdAAA",
          2,
          "owner:0055e000002EfghAAA",
          2,
          "owner:none",
          1,
          "skipped:INACTIVE_WHEN_FIRST_SEEN",
          1,
          "field-problem:Birthdate:UNREADABLE",
          1);

  @TempDir Path dir;
  private Path fixture;
  private Path settings;

  @BeforeEach
  void files() throws IOException {
    fixture = dir.resolve("preview-org.json");
    try (InputStream in = getClass().getResourceAsStream("/preview-org.json")) {
      Files.copy(in, fixture);
    }
    settings =
        Files.writeString(
            dir.resolve("settings.json"),
            """
        {"tagFields": ["Interests__c", "VIP__c"], "optOutField": "HasOptedOutOfEmail",
         "keyFacts": [{"field": "Birthdate"}, {"field": "Anniversary__c", "label": "Anniversary"}],
         "owners": {"0055e000001AbcdAAA": "lev-user-1"}}
        """);
  }

  @Test
  void aRunWritesOnePageWithTheOrgsFiguresAndTheDataEscaped() throws IOException {
    Path page = dir.resolve("out").resolve("preview.html");

    HarnessRun run = harness("--once", "--preview", page.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote the preview to " + page);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(figuresOf(html)).isEqualTo(FIGURES);
    assertThat(html)
        .doesNotContain("<script", "<img", "<b>", "http:", "https:")
        .contains(
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&lt;b&gt;Max&lt;/b&gt; O&#39;Neil &amp; Co",
            "lev-user-1",
            "not mapped: unassigned",
            "<th>tagFields</th>",
            "0035e00000Prv03AAA (Cy &lt;script&gt;alert(1)&lt;/script&gt;): Birthdate holds",
            "status of its contact sync</th><td>DONE");
  }

  @Test
  void aDryRunShowsWhatTheNextRunWouldLeave() throws IOException {
    Path page = dir.resolve("dry.html");

    HarnessRun run = harness("--dry-run", "--preview", page.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(figuresOf(html)).isEqualTo(FIGURES);
    assertThat(html).contains("A dry run: nothing was changed");
  }

  @Test
  void headlessChromiumLoadsThePageWithoutAConsoleMessageAndShowsTheFigures() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    Assumptions.assumeTrue(
        Files.isExecutable(chromium),
        "needs Debian's chromium (.ci/run installs it: apt-get install -y chromium)");
    Path page = dir.resolve("preview.html");
    assertThat(harness("--once", "--preview", page.toString()).exit()).isZero();

    Path dom = dir.resolve("dom.html");
    Path log = dir.resolve("chromium.log");
    Process browser =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + dir.resolve("chromium-profile"),
                "--enable-logging=stderr",
                "--v=0",
                "--dump-dom",
                page.toUri().toString())
            .redirectOutput(dom.toFile())
            .redirectError(log.toFile())
            .start();
    assertThat(browser.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();

    String rendered = Files.readString(dom, StandardCharsets.UTF_8);
    List<String> console =
        Files.readAllLines(log, StandardCharsets.UTF_8).stream()
            .filter(line -> line.contains(":CONSOLE"))
            .toList();
    assertThat(browser.exitValue()).as(Files.readString(log)).isZero();
    assertThat(console).as("what the page logged: errors, blocked loads").isEmpty();
    assertThat(rendered).contains("What Levitate would hold for this Salesforce org");
    assertThat(figuresOf(rendered)).isEqualTo(FIGURES);
    assertThat(rendered).doesNotContain("<script", "<img");
  }

  private HarnessRun harness(String... more) {
    String[] args = new String[6 + more.length];
    args[0] = "--fixture";
    args[1] = fixture.toString();
    args[2] = "--settings";
    args[3] = settings.toString();
    args[4] = "--state";
    args[5] = dir.resolve("state").toString();
    System.arraycopy(more, 0, args, 6, more.length);
    return HarnessRun.of(new TickingClock(TODAY), Map.of(), args);
  }

  private static Map<String, Long> figuresOf(String html) {
    Map<String, Long> figures = new LinkedHashMap<>();
    Matcher figure = FIGURE.matcher(html);
    while (figure.find()) {
      figures.put(unescape(figure.group(1)), Long.parseLong(figure.group(2).replace(",", "")));
    }
    return new java.util.TreeMap<>(figures);
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static Map<String, Long> figures(Object... pairs) {
    Map<String, Long> figures = new java.util.TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      figures.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return figures;
  }
}
