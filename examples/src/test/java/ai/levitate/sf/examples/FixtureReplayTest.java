package ai.levitate.sf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeFixture;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer's fixture replayed week after week into one state: the second fixture is the org as it
 * is now, read incrementally by what its {@code modified_at} says changed, and the state after
 * holds exactly what a first import of that fixture would, plus the contact deleted in between.
 */
final class FixtureReplayTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /**
   * Later than the fixtures, as a replay on another day would be: the state follows the fixtures.
   */
  private static final Instant TODAY = Instant.parse("2026-03-01T12:00:00Z");

  private static final Instant WEEK_1 = Instant.parse("2026-01-05T09:00:00Z");

  @TempDir Path dir;

  @Test
  void aSecondFixtureIntoTheSameStateIsReadIncrementallyAndLeavesTheFullStateRight()
      throws IOException {
    Path week1 = dir.resolve("week1.json");
    MergeFixture.save(
        SalesforceDataGenerator.builder()
            .seed(17)
            .contacts(60)
            .users(4)
            .clock(ManualClock.at(WEEK_1))
            .build()
            .generate(),
        week1);
    ObjectNode org = (ObjectNode) JSON.readTree(week1.toFile());
    // Two days after the org's last change: within the engine's weekly full pass.
    Instant at = latestChange(org).plus(Duration.ofDays(2));
    Week2 week2 = new Week2(org, at.toString());
    Path edited = dir.resolve("week2.json");
    JSON.writeValue(edited.toFile(), org);

    HarnessRun first = harness("--fixture", week1.toString(), "--once", "--state", state());
    HarnessRun second =
        harness(
            "--fixture",
            edited.toString(),
            "--once",
            "--state",
            state(),
            "--out",
            dir.resolve("replayed").toString());
    HarnessRun fresh =
        harness(
            "--fixture",
            edited.toString(),
            "--once",
            "--state",
            dir.resolve("fresh").toString(),
            "--out",
            dir.resolve("fresh-out").toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(fresh.exit()).as(fresh.err()).isZero();
    assertThat(first.out()).contains("run-1 INITIAL: COMPLETED");
    assertThat(second.out())
        .contains(
            "run-2 INCREMENTAL: COMPLETED", "the org as Merge held it at " + at.plusSeconds(1))
        .doesNotContain("INITIAL");
    assertThat(second.out())
        .containsPattern(
            "created 1, updated [1-9][0-9]*, unchanged [0-9]+,"
                + " archived 1, restored 0, removed 0");
    Map<String, JsonNode> replayed = contacts(dir.resolve("replayed"));
    Map<String, JsonNode> imported = contacts(dir.resolve("fresh-out"));
    JsonNode deleted = replayed.remove(week2.deleted);
    assertThat(deleted.path("status").asText()).isEqualTo("ARCHIVED");
    assertThat(deleted.path("statusReason").asText()).isEqualTo("DELETED_IN_SALESFORCE");
    assertThat(imported).doesNotContainKey(week2.deleted);
    assertThat(replayed).isEqualTo(imported);
    assertThat(replayed.get(week2.added).path("lastName").asText()).isEqualTo("Newcomb");
    assertThat(replayed.get(week2.cleared).path("jobTitle").isNull()).isTrue();
    assertThat(replayed.values())
        .filteredOn(c -> week2.renamedContacts.contains(c.path("salesforceId").asText()))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.path("companyName").asText()).isEqualTo(week2.newName));
  }

  @Test
  void generatedDataIntoAStateMadeFromAFixtureIsRefused() throws IOException {
    Path week1 = dir.resolve("week1.json");
    MergeFixture.save(
        SalesforceDataGenerator.builder()
            .seed(3)
            .contacts(10)
            .clock(ManualClock.at(WEEK_1))
            .build()
            .generate(),
        week1);
    harness("--fixture", week1.toString(), "--once", "--state", state());

    HarnessRun generated = harness("--contacts", "10", "--once", "--state", state());
    HarnessRun otherSeed =
        harness(
            "--contacts",
            "10",
            "--seed",
            "4",
            "--once",
            "--state",
            dir.resolve("generated").toString());
    harness("--contacts", "10", "--once", "--state", dir.resolve("generated").toString());
    HarnessRun seedAgain =
        harness(
            "--contacts",
            "10",
            "--seed",
            "5",
            "--once",
            "--state",
            dir.resolve("generated").toString());

    assertThat(generated.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(generated.err())
        .startsWith(
            "error: The state in "
                + state()
                + " was made from a"
                + " fixture, not --contacts 10 --seed 42; pass the same data or another --state"
                + " directory.");
    assertThat(otherSeed.exit()).isZero();
    assertThat(seedAgain.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(seedAgain.err())
        .contains("was made from --contacts 10 --seed 4, not --contacts 10" + " --seed 5");
  }

  /** The week-1 fixture edited as Merge would show the org after a few days. */
  private static final class Week2 {
    final String deleted;
    final String cleared;
    final String added;
    final Set<String> renamedContacts = new HashSet<>();
    final String newName;

    Week2(ObjectNode org, String at) {
      ArrayNode contacts = (ArrayNode) org.get("contacts");
      ObjectNode toDelete = active(contacts, 5);
      toDelete.put("remote_was_deleted", true).put("modified_at", at);
      deleted = toDelete.path("remote_id").asText();
      ObjectNode toClear = active(contacts, 11);
      for (JsonNode field : toClear.path("remote_fields")) {
        if (field.at("/remote_field_class/remote_key_name").asText().equals("Title")) {
          ((ObjectNode) field).putNull("value");
        }
      }
      toClear.put("modified_at", at);
      cleared = toClear.path("remote_id").asText();
      ObjectNode newcomer = active(contacts, 20).deepCopy();
      newcomer
          .put("id", "9c0e4a6d-2222-4b3c-8d4e-5f6a7b8c9d0e")
          .put("remote_id", "0035e00000NewC01AAA")
          .put("created_at", at)
          .put("modified_at", at)
          .put("last_name", "Newcomb");
      for (JsonNode field : newcomer.path("remote_fields")) {
        if (field.at("/remote_field_class/remote_key_name").asText().equals("LastName")) {
          ((ObjectNode) field).put("value", "Newcomb");
        }
      }
      contacts.add(newcomer);
      added = "0035e00000NewC01AAA";
      // A business's account: a household's or a person account's name is no company to rename.
      ObjectNode account =
          (ObjectNode) ofBusiness(contacts, org.path("accounts"), 30).get("account");
      String accountId = account.path("id").asText();
      newName = account.path("name").asText() + " & Sons";
      for (JsonNode listed : org.path("accounts")) {
        if (listed.path("id").asText().equals(accountId)) {
          ((ObjectNode) listed).put("name", newName).put("modified_at", at);
        }
      }
      for (JsonNode contact : contacts) {
        if (contact.path("account").path("id").asText().equals(accountId)) {
          ((ObjectNode) contact.get("account")).put("name", newName).put("modified_at", at);
          if (!contact.path("remote_was_deleted").asBoolean()) {
            renamedContacts.add(contact.path("remote_id").asText());
          }
        }
      }
    }

    /**
     * The first active contact at or after {@code from} whose account is a business: not a
     * household by its {@code Type}, and the contact not a person account.
     */
    private static ObjectNode ofBusiness(ArrayNode contacts, JsonNode accounts, int from) {
      Set<String> households = new HashSet<>();
      for (JsonNode listed : accounts) {
        for (JsonNode field : listed.path("remote_fields")) {
          if (field.at("/remote_field_class/remote_key_name").asText().equals("Type")
              && field.path("value").asText().trim().equalsIgnoreCase("Household")) {
            households.add(listed.path("id").asText());
          }
        }
      }
      for (int i = from; i < contacts.size(); i++) {
        ObjectNode contact = active(contacts, i);
        boolean person = false;
        for (JsonNode field : contact.path("remote_fields")) {
          if (field.at("/remote_field_class/remote_key_name").asText().equals("IsPersonAccount")) {
            person = field.path("value").asBoolean();
          }
        }
        if (!person && !households.contains(contact.path("account").path("id").asText())) {
          return contact;
        }
      }
      throw new AssertionError("no contact of a business account after " + from);
    }

    /** The first contact at or after {@code from} that is not deleted and has an account. */
    private static ObjectNode active(ArrayNode contacts, int from) {
      for (int i = from; i < contacts.size(); i++) {
        JsonNode contact = contacts.get(i);
        if (!contact.path("remote_was_deleted").asBoolean() && contact.path("account").isObject()) {
          return (ObjectNode) contact;
        }
      }
      throw new AssertionError("no active contact with an account after " + from);
    }
  }

  private static Instant latestChange(JsonNode org) {
    Instant latest = Instant.EPOCH;
    for (String list : new String[] {"contacts", "accounts", "users"}) {
      for (JsonNode record : org.path(list)) {
        Instant modified = Instant.parse(record.path("modified_at").asText());
        latest = modified.isAfter(latest) ? modified : latest;
      }
    }
    return latest;
  }

  private String state() {
    return dir.resolve("state").toString();
  }

  private static HarnessRun harness(String... args) {
    return HarnessRun.of(new TickingClock(TODAY), Map.of(), args);
  }

  private static Map<String, JsonNode> contacts(Path out) throws IOException {
    Map<String, JsonNode> contacts = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve("contacts.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode contact = JSON.readTree(line);
      contacts.put(contact.path("salesforceId").asText(), contact);
    }
    return contacts;
  }
}
