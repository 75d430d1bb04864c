package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.merge.PreflightProblem;
import ai.levitate.sf.merge.PreflightReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An account without remote fields (Merge's Launch plan, or Merge's own documented example records)
 * syncs names, emails, phones, addresses, account and owner from Merge's common model; the
 * preflight says which rules cannot apply, and why.
 */
final class LaunchPlanSyncTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void mergesOwnDocumentedExampleRecordsSync() throws IOException {
    MergeDataSet examples;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/merge-examples.json")) {
      examples = MergeFixture.load(in, clock);
    }
    server.addLinkedAccount("examples", examples);
    FakeMergeHost host = server.host("examples", SyncSettings.defaults());

    SyncReport report = host.sync().run();

    assertThat(report.kind()).isEqualTo(RunKind.INITIAL);
    assertThat(report.counts().created()).isEqualTo(1);
    LevitateContact gil = host.store().contact("19202938").orElseThrow().contact().orElseThrow();
    assertThat(gil.firstName()).contains("Gil");
    assertThat(gil.lastName()).contains("Feig");
    assertThat(gil.greetingName()).contains("Gil");
    assertThat(gil.emails())
        .extracting(Email::address, Email::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hello@merge.dev", "Work"));
    assertThat(gil.phones())
        .extracting(Phone::number, Phone::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("+13785579223", "Mobile"));
    MailingAddress address = gil.address().orElseThrow();
    assertThat(
            List.of(
                address.street1(),
                address.street2(),
                address.city(),
                address.state(),
                address.postalCode(),
                address.country()))
        .extracting(o -> o.orElse(null))
        .containsExactly(
            "50 Bowling Green Dr", "Golden Gate Park", "San Francisco", "CA", "94122", "US");
    assertThat(gil.companyName()).contains("Merge API");
    assertThat(gil.tags()).extracting(t -> t.name()).containsExactly("Salesforce");
    assertThat(gil.keyFacts()).isEmpty();
    assertThat(gil.jobTitle()).isEmpty();
  }

  @Test
  void anAccountWithoutRemoteFieldsSyncsTheCommonModelAndThePreflightSaysWhatCannotApply()
      throws IOException {
    MergeDataSet full =
        SalesforceDataGenerator.builder().seed(23).contacts(60).clock(clock).build().generate();
    server.addLinkedAccount("professional", full);
    server.addLinkedAccount("launch", withoutRemoteFields(full));
    SyncSettings settings = SyncSettings.defaults();
    FakeMergeHost professional = server.host("professional", settings);
    FakeMergeHost launch = server.host("launch", settings);

    professional.sync().run();
    SyncReport report = launch.sync().run();
    PreflightReport preflight = launch.client().preflight();

    Map<String, InMemorySyncStore.HostContact> withFields = professional.store().levitateContacts();
    Map<String, InMemorySyncStore.HostContact> commonModel = launch.store().levitateContacts();
    assertThat(commonModel.keySet()).isNotEmpty().isSubsetOf(withFields.keySet());
    assertThat(report.counts().created()).isEqualTo(commonModel.size());
    commonModel.forEach(
        (id, held) -> {
          LevitateContact launched = held.contact().orElseThrow();
          LevitateContact expected = withFields.get(id).contact().orElseThrow();
          assertThat(launched.firstName()).isEqualTo(expected.firstName());
          assertThat(launched.lastName()).isEqualTo(expected.lastName());
          // Without the account's Type and the contact's IsPersonAccount, a household or a person
          // account cannot be told from a company: its name shows as one.
          expected
              .companyName()
              .ifPresent(company -> assertThat(launched.companyName()).contains(company));
          assertThat(launched.owner().salesforceUserId())
              .isEqualTo(expected.owner().salesforceUserId());
          // Custom email and phone fields come only as remote fields: the common model has the
          // rest.
          assertThat(launched.emails())
              .extracting(Email::address)
              .isSubsetOf(expected.emails().stream().map(Email::address).toList());
          assertThat(launched.phones())
              .extracting(p -> digits(p.number()))
              .isSubsetOf(expected.phones().stream().map(p -> digits(p.number())).toList());
          assertThat(launched.address().isPresent()).isEqualTo(expected.address().isPresent());
          assertThat(launched.tags()).extracting(t -> t.name()).containsExactly("Salesforce");
          assertThat(launched.keyFacts()).isEmpty();
        });
    assertThat(commonModel.values())
        .anySatisfy(held -> assertThat(held.contact().orElseThrow().phones()).isNotEmpty())
        .anySatisfy(held -> assertThat(held.contact().orElseThrow().emails()).isNotEmpty())
        .anySatisfy(held -> assertThat(held.contact().orElseThrow().address()).isPresent());
    assertThat(preflight.canSync()).isTrue();
    assertThat(preflight.problems())
        .extracting(PreflightProblem::kind)
        .containsExactly(PreflightProblem.Kind.REMOTE_FIELDS_UNAVAILABLE);
    assertThat(preflight.problems().get(0).message())
        .isEqualTo(
            "Merge lists no remote fields"
                + " for Salesforce contacts, "
                + FieldCatalog.WITHOUT_FIELDS);
  }

  /** The same org as Merge shows it on its Launch plan: no remote field classes or values. */
  private MergeDataSet withoutRemoteFields(MergeDataSet full) throws IOException {
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    MergeFixture.save(full, saved);
    ObjectNode org = (ObjectNode) FixtureServedAsGivenTest.EXACT.readTree(saved.toByteArray());
    org.remove("contactRemoteFieldClasses");
    org.remove("accountRemoteFieldClasses");
    for (String list : List.of("contacts", "accounts")) {
      for (JsonNode record : org.path(list)) {
        ((ObjectNode) record).remove("remote_fields");
      }
    }
    return MergeFixture.load(
        new ByteArrayInputStream(FixtureServedAsGivenTest.EXACT.writeValueAsBytes(org)), clock);
  }

  private static String digits(String number) {
    return number.replaceAll("[^0-9]", "");
  }
}
