package ai.levitate.sf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.merge.LevitateJson;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeFixture;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's main, run in-process on a small fixture: exit codes and the {@code --out} files.
 */
final class SyncHarnessTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  private static Path fixture;

  @TempDir Path dir;

  /** 120 generated contacts saved as a Merge fixture, as a user would hand one over. */
  @BeforeAll
  static void writeFixture() throws IOException {
    fixture = shared.resolve("fixture.json");
    MergeFixture.save(
        SalesforceDataGenerator.builder()
            .seed(5)
            .contacts(120)
            .users(4)
            .clock(ManualClock.at(T0.minus(Duration.ofDays(1))))
            .build()
            .generate(),
        fixture);
  }

  @Test
  void aRunOnAFixtureWritesEveryContactItHoldsSortedBySalesforceId() throws IOException {
    HarnessRun run = harness(T0, "--fixture", fixture.toString(), "--out", out().toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<JsonNode> contacts = contacts();
    assertThat(contacts).hasSizeBetween(100, 120);
    List<String> ids = contacts.stream().map(c -> c.path("salesforceId").asText()).toList();
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    assertThat(contacts).extracting(c -> c.path("status").asText()).contains("ACTIVE", "ARCHIVED");
    assertThat(contacts)
        .allSatisfy(c -> assertThat(c.path("tags").get(0).asText()).isEqualTo("Salesforce"));
    // Exactly the keys issue 7 lists, in that order, every one present; tags are plain names.
    assertThat(contacts)
        .allSatisfy(
            c -> {
              assertThat(c.fieldNames())
                  .toIterable()
                  .containsExactly(
                      "salesforceId",
                      "mergeId",
                      "firstName",
                      "lastName",
                      "nickname",
                      "greetingName",
                      "jobTitle",
                      "companyName",
                      "address",
                      "phones",
                      "emails",
                      "keyFacts",
                      "tags",
                      "owner",
                      "status",
                      "statusReason");
              assertThat(c.path("owner").fieldNames())
                  .toIterable()
                  .containsExactly("salesforceUserId", "salesforceUserName", "levitateUserId");
              c.path("tags").forEach(tag -> assertThat(tag.isTextual()).isTrue());
              c.path("phones")
                  .forEach(
                      phone ->
                          assertThat(phone.fieldNames())
                              .toIterable()
                              .containsExactly("number", "label"));
              c.path("keyFacts")
                  .forEach(
                      fact ->
                          assertThat(fact.fieldNames())
                              .toIterable()
                              .containsExactly("label", "date"));
            });
    assertThat(run.out())
        .contains(
            "run-1 INITIAL: COMPLETED",
            "run-2 INCREMENTAL: COMPLETED",
            "round 1 changed in Salesforce: 2 edits, 1 deletions",
            "write-back: 10 notes written");
  }

  @Test
  void changesAndTheReportDescribeThisInvocationsRuns() throws IOException {
    HarnessRun run = harness(T0, "--fixture", fixture.toString(), "--out", out().toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<ContactChange> changes =
        Files.readAllLines(out().resolve("changes.jsonl")).stream()
            .map(LevitateJson::readChange)
            .toList();
    assertThat(changes).extracting(ContactChange::id).startsWith("run-1/0", "run-1/1");
    assertThat(changes.get(changes.size() - 1).runId()).isEqualTo("run-2");
    JsonNode report = JSON.readTree(out().resolve("report.json").toFile());
    assertThat(report.path("runs")).hasSize(2);
    assertThat(report.path("runs").get(0).path("kind").asText()).isEqualTo("INITIAL");
    assertThat(report.path("runs").get(0).path("counts").path("created").asLong())
        .isEqualTo(changes.stream().filter(c -> c.runId().equals("run-1")).count());
    assertThat(report.path("writeback").path("written").asLong()).isEqualTo(10);
  }

  @Test
  void aSecondInvocationContinuesIncrementallyFromTheState() throws IOException {
    harness(T0, "--fixture", fixture.toString());

    HarnessRun second =
        harness(
            T0.plus(Duration.ofHours(1)),
            "--fixture",
            fixture.toString(),
            "--out",
            out().toString());

    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("run-3 INCREMENTAL: COMPLETED", "round 2 changed", "run-4 INCREMENTAL: COMPLETED")
        .doesNotContain("INITIAL");
    // The fixture is the org as it is now: a contact that the first invocation's round edited and
    // whose fixture record falls in run-3's overlap with run-2 reads as the fixture holds it again,
    // so run-3 may update a few; it creates and archives nothing.
    assertThat(second.out())
        .containsPattern(
            "run-3 INCREMENTAL: COMPLETED in [0-9.]+ s\\n"
                + "  created 0, updated [0-9], unchanged [0-9]+, archived 0");
  }

  @Test
  void onceRunsOneSyncAndChangesNoData() {
    HarnessRun run = harness(T0, "--fixture", fixture.toString(), "--once");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("run-1 INITIAL: COMPLETED")
        .doesNotContain("round", "run-2", "write-back");
    assertThat(dir.resolve("state").resolve("harness.properties")).exists();
  }

  @Test
  void aDryRunShowsEachChangeAndStoresNothing() {
    HarnessRun dry = harness(T0, "--fixture", fixture.toString(), "--dry-run");
    HarnessRun again = harness(T0, "--fixture", fixture.toString(), "--dry-run");

    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.out())
        .containsPattern("CREATE   003\\w+ \\S+")
        .contains("run-1 INITIAL (dry run: nothing changed): COMPLETED");
    assertThat(again.out()).contains("run-1 INITIAL (dry run: nothing changed)");
  }

  @Test
  void aDryRunOfASettingsChangeSaysFirstHowManyContactsLoseWhichTagOrKeyFact() throws IOException {
    Path before =
        write(
            "before.json",
            "{\"tagFields\": [\"Interests__c\", \"VIP__c\"],"
                + " \"keyFacts\": [{\"field\": \"Anniversary__c\"}]}");
    Path after =
        write("after.json", "{\"tagFields\": [\"Interests__c\"], \"birthdateKeyFact\": false}");
    harness(T0, "--fixture", fixture.toString(), "--settings", before.toString(), "--once");

    HarnessRun dry =
        harness(
            T0.plus(Duration.ofHours(1)),
            "--fixture",
            fixture.toString(),
            "--settings",
            after.toString(),
            "--dry-run");

    assertThat(dry.exit()).as(dry.err()).isZero();
    String out = dry.out();
    assertThat(out)
        .containsPattern("The run would take from contacts:\n(  .+ from [0-9]+ contacts?\n)+")
        .containsPattern("  tag \"VIP\" from [0-9]+ contacts?\n")
        .containsPattern("  key fact \"Anniversary\" from [0-9]+ contacts?\n")
        .containsPattern("  key fact \"Birthdate\" from [0-9]+ contacts?\n");
    assertThat(out.indexOf("The run would take from contacts:")).isLessThan(out.indexOf("UPDATE "));
  }

  @Test
  void theBrakeHoldingArchivesBackExitsWith3() throws IOException {
    Path settings = write("settings.json", "{\"brake\": {\"maxCount\": 0, \"minimumCount\": 0}}");

    HarnessRun run =
        harness(T0, "--fixture", fixture.toString(), "--settings", settings.toString());

    assertThat(run.exit()).as(run.err()).isEqualTo(SyncHarness.BRAKED);
    assertThat(run.out()).contains("run-2 INCREMENTAL: BRAKED", "The brake held back");
  }

  private HarnessRun harness(Instant start, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--state";
    all[1] = dir.resolve("state").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return HarnessRun.of(new TickingClock(start), Map.of(), all);
  }

  private Path out() {
    return dir.resolve("out");
  }

  private List<JsonNode> contacts() throws IOException {
    List<JsonNode> contacts = new java.util.ArrayList<>();
    for (String line :
        Files.readAllLines(out().resolve("contacts.jsonl"), StandardCharsets.UTF_8)) {
      contacts.add(JSON.readTree(line));
    }
    return contacts;
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
