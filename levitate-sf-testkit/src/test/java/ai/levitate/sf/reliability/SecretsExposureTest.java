package ai.levitate.sf.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.sync.RunRequest;
import ai.levitate.sf.core.writeback.WritebackReport;
import ai.levitate.sf.merge.LevitateJson;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeException;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.merge.WebhookEvent;
import ai.levitate.sf.merge.WebhookVerifier;
import ai.levitate.sf.reliability.Results.Figure;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.Fault;
import ai.levitate.sf.testkit.FaultRule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API key, the account tokens and the webhook key never show in a {@code toString()} or an
 * exception's text we can reach: clients, sources, writers, verifiers, settings, reports, the
 * fake's recorded requests, and the errors of runs that fail on purpose. (Log lines are searched as
 * they are written, across every test of the module: see {@link LogScanner}.)
 */
@Tag("reliability")
final class SecretsExposureTest {
  private static final Results.Row ROW = Results.suite("security");

  private final FakeMergeServer server =
      FakeMergeServer.builder().apiKey(Secrets.API_KEY).seed(5).start();
  private final List<String> texts = new ArrayList<>();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void noSecretInAnyTextTheLibraryHandsOut() {
    Org org = new Org(server, "secrets", 5, 12, 4);
    Scenario scenario = new Scenario(org);
    scenario.initial();
    HostProcess process = org.start(KillSwitch.never());
    SyncReport report = process.sync.run();
    WritebackReport writeback = process.writeback.run(() -> scenario.activities());
    MergeCrmClient.Builder builder = server.clientBuilder(org.token);
    WebhookVerifier verifier = WebhookVerifier.create(Secrets.WEBHOOK_KEY);
    byte[] linked =
        ("{\"hook\": {\"event\": \"LinkedAccount.linked\"}, \"data\": {\"account_token\": \""
                + Secrets.token("new")
                + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    WebhookEvent event = verifier.verify(linked, verifier.sign(linked));
    assertThat(event.accountToken()).contains(Secrets.token("new"));

    add(
        builder,
        builder.build(),
        process.client,
        process.source,
        process.writer,
        verifier,
        event,
        server,
        org.linked,
        org.settings,
        report,
        writeback,
        org.ledger.entries(),
        FaultRule.on("GET", "/contacts").forAccount(org.token).nth(1).inject(Fault.unauthorized()),
        LevitateJson.writeSettings(org.settings),
        LevitateJson.writeReport(report),
        LevitateJson.writeReport(writeback));
    texts.add(server.requests().toString());

    // Failures on purpose: a revoked token mid-run, a wrong API key, a server echoing both
    // secrets, a tampered webhook.
    server.inject(
        FaultRule.on("GET", "/contacts")
            .forAccount(org.token)
            .times(HostProcess.ATTEMPTS)
            .inject(Fault.serverError(502)));
    fail(() -> org.start(KillSwitch.never()).sync.run(RunRequest.FULL_RECONCILIATION));
    org.linked.revokeToken();
    fail(() -> org.start(KillSwitch.never()).sync.run());
    fail(() -> MergeContactSource.create(org.start(KillSwitch.never()).client).fieldCatalog());
    fail(() -> MergeNoteWriter.create(process.client).mergeContactId("003000000000001"));
    org.linked.restoreToken();
    MergeCrmClient wrongKey = server.clientBuilder(org.token).apiKey(Secrets.API_KEY + "x").build();
    fail(() -> wrongKey.accountDetails());
    fail(
        () ->
            verifier.verify(
                "{\"hook\": {}}".getBytes(StandardCharsets.UTF_8), Secrets.WEBHOOK_KEY));
    fail(() -> MergeCrmClient.builder().apiKey(Secrets.API_KEY + " ").build());
    texts.add(server.requests().toString());

    List<String> found = new ArrayList<>();
    for (String text : texts) {
      found.addAll(Secrets.find(text));
    }
    ROW.add(Figure.CASES, texts.size()).add(Figure.SECRETS, found.size());
    assertThat(texts).hasSizeGreaterThan(25);
    assertThat(found).as("secrets in toString() and exception texts").isEmpty();
  }

  @Test
  void theLogScannerSeesEveryLineAndEverySecretInItsStackTraceToo() {
    Logger log = LoggerFactory.getLogger("scanner-self-test");
    long lines = LogScanner.lines();
    int leaks = LogScanner.leaks().size();

    log.trace("scanner-self-test clean line");
    log.warn(
        "scanner-self-test {}",
        "argument",
        new IllegalStateException(
            "caused by",
            new RuntimeException("token " + Secrets.token("self").toUpperCase(Locale.ROOT))));

    assertThat(LogScanner.lines()).isEqualTo(lines + 2);
    assertThat(LogScanner.leaks())
        .hasSize(leaks + 1)
        .last()
        .asString()
        .startsWith("WARN scanner-self-test: ");
    LogScanner.forgetLeaks("scanner-self-test");
    assertThat(LogScanner.leaks()).hasSize(leaks);
  }

  private void add(Object... objects) {
    for (Object object : objects) {
      texts.add(String.valueOf(object));
    }
  }

  /** Runs a call that must fail with one of the library's exceptions; keeps all its text. */
  private void fail(Supplier<?> call) {
    try {
      call.get();
      throw new AssertionError("expected a failure");
    } catch (LevitateSfException | IllegalArgumentException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      texts.add(trace.toString());
      texts.add(e.toString());
      if (e instanceof MergeException merge) {
        texts.add(merge.exchange().toString());
        texts.add(merge.body());
        merge.problems().forEach(p -> texts.add(p.describe()));
      }
    }
  }
}
