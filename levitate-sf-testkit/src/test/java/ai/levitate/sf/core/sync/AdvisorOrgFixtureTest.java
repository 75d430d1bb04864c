package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.InMemorySyncLock;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.MergeFixture;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The testkit's advisor-org fixture, synced end to end: served by the fake Merge, read by the
 * client, synced by the engine. Each Levitate contact is checked against what an advisor expects.
 */
final class AdvisorOrgFixtureTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final MergeDataSet data = MergeFixture.advisorOrg(clock);
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
  private final InMemorySyncStore store = new InMemorySyncStore();
  private final List<FieldProblem> problems = new ArrayList<>();
  private final SyncSettings settings =
      SyncSettings.builder()
          .nicknameField("Nickname__c")
          .deceased(DeceasedSetting.archive("Deceased__c"))
          .optOutField("HasOptedOutOfEmail")
          .addKeyFacts(KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c"))
          .addTagFields("Interests__c", "Client_Segment__c", "Hobby__c")
          .householdTag(true)
          .putOwners("0055e000001AdvAAAQ", "lev-avery")
          .build();

  @AfterEach
  void close() {
    server.close();
  }

  private SyncReport sync() {
    server.addLinkedAccount("advisor", data);
    return SyncEngine.builder()
        .source(MergeContactSource.create(server.clientBuilder("advisor").build()))
        .storage(store)
        .lock(new InMemorySyncLock(clock))
        .settings(settings)
        .clock(clock)
        .listener(
            new SyncListener() {
              @Override
              public void fieldProblem(String runId, FieldProblem problem) {
                problems.add(problem);
              }
            })
        .build()
        .run();
  }

  private LevitateContact contact(String salesforceId) {
    return store.contact(salesforceId).orElseThrow().contact().orElseThrow();
  }

  @Test
  void anAdvisorsOrgSyncsAsTheAdvisorExpects() {
    SyncReport report = sync();

    assertThat(report.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(report.counts().created()).isEqualTo(9);
    assertThat(report.counts().skipped())
        .containsExactly(Map.entry(ContactSkipReason.INACTIVE_WHEN_FIRST_SEEN, 1L));
    assertThat(store.contact("0035e00000AdvWltAAA"))
        .as("deleted in Salesforce: not created")
        .isEmpty();

    // A person account: the account's name is the client's own, never a company.
    LevitateContact eleanor = contact("0035e00000AdvVncAAA");
    assertThat(eleanor.companyName()).isEmpty();
    assertThat(eleanor.greetingName()).hasValue("Ellie");
    assertThat(eleanor.tagNames())
        .containsExactly(
            "Salesforce", "Interests: Golf", "Interests: Opera", "Client Segment: High Net Worth");
    assertThat(facts(eleanor)).containsExactly(tuple("Birthdate", LocalDate.of(1958, 2, 28)));
    assertThat(eleanor.owner().levitateUserId()).hasValue("lev-avery");

    // A household: no company, the household tag on every member.
    LevitateContact chidi = contact("0035e00000AdvChdAAA");
    assertThat(chidi.companyName()).isEmpty();
    assertThat(chidi.jobTitle()).hasValue("Retired");
    // A vanity number and the same number in digits are one phone, as first written.
    assertThat(chidi.phones()).extracting(Phone::number).containsExactly("1-800-FLOWERS");
    assertThat(chidi.tagNames()).containsExactly("Salesforce", "Household: The Okafor Household");
    assertThat(facts(chidi))
        .containsExactly(
            tuple("Birthdate", LocalDate.of(1949, 11, 3)),
            tuple("Anniversary", LocalDate.of(1975, 6, 14)));
    // A nickname between a no-break space and a zero-width space.
    LevitateContact amaka = contact("0035e00000AdvAmkAAA");
    assertThat(amaka.greetingName()).hasValue("Maka");
    assertThat(amaka.tagNames())
        .containsExactly("Salesforce", "Household: The Okafor Household", "Unsubscribe");
    // An impossible birthdate is left out; Tobi syncs with everything else.
    LevitateContact tobi = contact("0035e00000AdvTbiAAA");
    assertThat(tobi.keyFacts()).isEmpty();
    assertThat(tobi.tagNames())
        .containsExactly(
            "Salesforce", "Interests: Grandchildren", "Household: The Okafor Household");
    // Full-width digits are digits: one phone with the same number in ASCII.
    assertThat(tobi.phones()).extracting(Phone::number).containsExactly("５０３-５５５-０１９９");

    // A household typed by hand as " household "; names typed decomposed (NFD) come out NFC; a
    // date written as a midnight date and time.
    LevitateContact thao = contact("0035e00000AdvThoAAA");
    assertThat(thao.companyName()).isEmpty();
    assertThat(thao.firstName()).hasValue(Normalizer.normalize("Thảo", Normalizer.Form.NFC));
    assertThat(thao.lastName()).hasValue(Normalizer.normalize("Nguyễn", Normalizer.Form.NFC));
    assertThat(thao.tagNames())
        .containsExactly(
            "Salesforce",
            Normalizer.normalize("Household: The Nguyễn Family", Normalizer.Form.NFC));
    assertThat(facts(thao)).containsExactly(tuple("Anniversary", LocalDate.of(1999, 9, 9)));

    // A business: its name is the company. A time of day in a date field is left out.
    LevitateContact grace = contact("0035e00000AdvGrcAAA");
    assertThat(grace.companyName()).hasValue("Harbour Wealth Partners LLC");
    assertThat(grace.jobTitle()).hasValue("Managing Partner");
    assertThat(grace.tagNames()).containsExactly("Salesforce", "Client Segment: Mass Affluent");
    assertThat(grace.keyFacts()).isEmpty();
    // One number written nationally and internationally is one phone, as first written.
    assertThat(grace.phones()).extracting(Phone::number).containsExactly("(503) 555-0100");

    // An account Merge sends as its id alone is named from the accounts list; a tag cut at 60
    // characters keeps its flags whole and leaves no space before "...".
    LevitateContact margaret = contact("0035e00000AdvMrgAAA");
    assertThat(margaret.companyName()).hasValue("Meridian Trust Company");
    assertThat(margaret.tagNames())
        .containsExactly(
            "Salesforce",
            "Hobby: Collecting maps of the Commonwealth, \uD83C\uDDEC\uD83C\uDDE7"
                + " \uD83C\uDDEE\uD83C\uDDF3 \uD83C\uDDE6\uD83C\uDDFA \uD83C\uDDE8\uD83C\uDDE6...");

    // Deceased when first seen: created archived, with its tags and key facts.
    LevitateContact arthur = contact("0035e00000AdvPndAAA");
    assertThat(store.contact("0035e00000AdvPndAAA").orElseThrow().status())
        .isEqualTo(ContactStatus.ARCHIVED);
    assertThat(arthur.statusReason()).hasValue(StatusReason.DECEASED);
    assertThat(arthur.companyName()).isEmpty();
    assertThat(arthur.tagNames()).containsExactly("Salesforce", "Interests: Sailing");
    assertThat(facts(arthur)).containsExactly(tuple("Birthdate", LocalDate.of(1931, 7, 19)));

    // An account Merge reports deleted gives no company; a title past Salesforce's 128
    // characters is cut there and reported.
    LevitateContact dolores = contact("0035e00000AdvDlrAAA");
    assertThat(dolores.companyName()).isEmpty();
    assertThat(dolores.jobTitle().orElseThrow())
        .startsWith("Widow of the late founder,")
        .satisfies(t -> assertThat(t.codePointCount(0, t.length())).isEqualTo(128));

    assertThat(problems)
        .extracting(FieldProblem::salesforceId, FieldProblem::field, FieldProblem::kind)
        .containsExactlyInAnyOrder(
            tuple("0035e00000AdvTbiAAA", "Birthdate", FieldProblem.Kind.UNREADABLE),
            tuple("0035e00000AdvGrcAAA", "Anniversary__c", FieldProblem.Kind.TIME_IN_DATE_FIELD),
            tuple("0035e00000AdvDlrAAA", "Title", FieldProblem.Kind.TOO_LONG));
  }

  private static List<Tuple> facts(LevitateContact contact) {
    return contact.keyFacts().stream().map(f -> tuple(f.label(), f.date())).toList();
  }

  @Test
  void aSecondRunOfTheSameOrgChangesNothing() {
    sync();
    clock.advance(Duration.ofHours(12));

    SyncReport again =
        SyncEngine.builder()
            .source(MergeContactSource.create(server.clientBuilder("advisor").build()))
            .storage(store)
            .lock(new InMemorySyncLock(clock))
            .settings(settings)
            .clock(clock)
            .build()
            .run(RunRequest.FULL_RECONCILIATION);

    assertThat(again.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(again.counts().changes()).isZero();
  }
}
