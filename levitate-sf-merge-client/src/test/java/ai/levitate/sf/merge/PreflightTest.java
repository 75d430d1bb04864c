package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.merge.PreflightProblem.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class PreflightTest {
  private static final String NO_ISSUES = "{\"next\": null, \"results\": []}";

  private final MockMerge merge = new MockMerge();
  private final Map<String, MockResponse> answers = new HashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  /** When set, sync-status is answered only once the other checks after the details were asked. */
  private final List<CountDownLatch> sideBySide = new ArrayList<>();

  @BeforeEach
  void cannedMerge() {
    answer("account-details", 200, MockMerge.fixture("account-details.json"));
    answer("sync-status", 200, MockMerge.fixture("sync-status.json"));
    answer("contacts/remote-field-classes", 200, MockMerge.fixture("remote-field-classes-1.json"));
    answer("notes/meta/post", 200, MockMerge.fixture("notes-meta.json"));
    answer("issues", 200, NO_ISSUES);
    merge.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request.getRequestLine());
            String path = request.getUrl().encodedPath().substring("/api/crm/v1/".length());
            String cursor = request.getUrl().queryParameter("cursor");
            MockResponse answer = answers.get(cursor == null ? path : path + "?cursor=" + cursor);
            if (path.equals("sync-status") && !sideBySide.isEmpty()) {
              answer = afterTheOtherChecksAsked(answer);
            }
            return answer != null
                ? answer
                : new MockResponse.Builder().code(418).body("unexpected request " + path).build();
          }
        });
  }

  private MockResponse afterTheOtherChecksAsked(MockResponse answer) {
    try {
      // Asked one after another, the other checks wait for this answer: the latch never opens.
      return sideBySide.get(0).await(20, TimeUnit.SECONDS)
          ? answer
          : new MockResponse.Builder().code(500).body("asked one after another").build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new MockResponse.Builder().code(500).body("interrupted").build();
    }
  }

  @AfterEach
  void close() {
    merge.close();
  }

  private void answer(String path, int status, String body) {
    answers.put(
        path,
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  private PreflightReport preflight() {
    PreflightReport report =
        merge.clientBuilder().retryPolicy(RetryPolicy.none()).build().preflight();
    assertThat(requests).noneMatch(r -> r.contains("unexpected"));
    return report;
  }

  private static String details(String integration, String slug, String status) {
    return MockMerge.fixture("account-details.json")
        .replace("\"Salesforce\"", "\"" + integration + "\"")
        .replace("\"salesforce\"", "\"" + slug + "\"")
        .replace("\"COMPLETE\"", "\"" + status + "\"");
  }

  private static String contactSync(String fields) {
    return "{\"next\": null, \"results\": [{\"model_name\": \"Contact\", \"model_id\":"
        + " \"crm.Contact\", "
        + fields
        + "}]}";
  }

  @Test
  void aHealthySalesforceAccountCanSyncAfterOneCallPerCheck() {
    PreflightReport report = preflight();

    assertThat(report.problems()).isEmpty();
    assertThat(report.canSync()).isTrue();
    assertThat(report.accountDetails().orElseThrow().isSalesforce()).isTrue();
    assertThat(report.contactSync().orElseThrow().modelId()).isEqualTo("crm.Contact");
    assertThat(requests).first().isEqualTo("GET /api/crm/v1/account-details HTTP/1.1");
    assertThat(requests)
        .containsExactlyInAnyOrder(
            "GET /api/crm/v1/account-details HTTP/1.1",
            "GET /api/crm/v1/sync-status?page_size=100 HTTP/1.1",
            "GET /api/crm/v1/contacts/remote-field-classes?page_size=1 HTTP/1.1",
            "GET /api/crm/v1/notes/meta/post HTTP/1.1",
            "GET /api/crm/v1/issues?linked_account_id=0496d4c2-42e6-4072-80b3-7b69bfdc76fd"
                + "&status=ONGOING&page_size=100 HTTP/1.1");
  }

  @Test
  void theChecksAfterTheAccountsDetailsAreAskedSideBySide() {
    CountDownLatch othersAsked = new CountDownLatch(3);
    sideBySide.add(othersAsked);
    merge.server.setDispatcher(counting(merge.server.getDispatcher(), othersAsked));

    PreflightReport report = preflight();

    assertThat(report.problems()).isEmpty();
    assertThat(report.contactSync()).isPresent();
    assertThat(requests).hasSize(5);
  }

  @Test
  void aContactSourcesPreflightReadsTheFieldCatalogInPlaceOfTheOneClassLook() {
    answer("contacts/remote-field-classes", 200, MockMerge.fixture("remote-field-classes-1.json"));
    answer(
        "contacts/remote-field-classes?cursor=cGFnZT0y",
        200,
        MockMerge.fixture("remote-field-classes-2.json"));
    MergeContactSource source =
        MergeContactSource.create(merge.clientBuilder().retryPolicy(RetryPolicy.none()).build());

    PreflightReport report = source.preflight();

    assertThat(report.problems()).isEmpty();
    FieldCatalog catalog = report.fieldCatalog().orElseThrow();
    assertThat(catalog.fields())
        .extracting(FieldDescriptor::apiName)
        .contains("Birthdate", "Deceased__c");
    assertThat(requests)
        .filteredOn(r -> r.contains("remote-field-classes"))
        .containsExactly(
            "GET /api/crm/v1/contacts/remote-field-classes?page_size=100 HTTP/1.1",
            "GET /api/crm/v1/contacts/remote-field-classes?page_size=100&cursor=cGFnZT0y"
                + " HTTP/1.1");
    assertThat(requests).hasSize(6);
    assertThat(source.fieldCatalog()).isEqualTo(catalog);
  }

  @Test
  void aContactSourcesPreflightOnMergesLaunchPlanCarriesTheEmptyCatalogWithTheWarning() {
    answer("contacts/remote-field-classes", 200, "{\"next\": null, \"results\": []}");

    PreflightReport report =
        MergeContactSource.create(merge.clientBuilder().retryPolicy(RetryPolicy.none()).build())
            .preflight();

    assertThat(report.canSync()).isTrue();
    assertThat(report.problems())
        .extracting(PreflightProblem::kind)
        .containsExactly(Kind.REMOTE_FIELDS_UNAVAILABLE);
    assertThat(report.fieldCatalog().orElseThrow().fields()).isEmpty();
  }

  @Test
  void aContactSourcesPreflightReportsACatalogMergeRefusesAsThePlainCheckDoes() {
    answer("contacts/remote-field-classes", 403, "{\"detail\": \"Remote fields are not enabled\"}");

    PreflightReport report =
        MergeContactSource.create(merge.clientBuilder().retryPolicy(RetryPolicy.none()).build())
            .preflight();

    assertThat(report.problems()).isEqualTo(preflight().problems());
    assertThat(report.problems())
        .extracting(PreflightProblem::kind)
        .containsExactly(Kind.REMOTE_FIELDS_UNAVAILABLE);
    assertThat(report.fieldCatalog()).isEmpty();
  }

  /** Counts down {@code latch} for each request other than the details and sync-status. */
  private static Dispatcher counting(Dispatcher inner, CountDownLatch latch) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        if (!path.endsWith("account-details") && !path.endsWith("sync-status")) {
          latch.countDown();
        }
        return inner.dispatch(request);
      }
    };
  }

  @Test
  void anIntegrationOtherThanSalesforceIsRefused() {
    answer("account-details", 200, details("HubSpot", "hubspot", "COMPLETE"));

    PreflightReport report = preflight();

    assertThat(report.canSync()).isFalse();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.NOT_SALESFORCE,
                "This linked account connects to HubSpot, not Salesforce; link a Salesforce org"
                    + " instead."));
  }

  @Test
  void anAccountWaitingForARelinkCannotSync() {
    answer("account-details", 200, details("Salesforce", "salesforce", "RELINK_NEEDED"));

    PreflightReport report = preflight();

    assertThat(report.canSync()).isFalse();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.RELINK_NEEDED,
                "Merge needs the Salesforce connection linked again (status RELINK_NEEDED): the"
                    + " connecting user must sign in to Salesforce again through Merge Link."));
  }

  @Test
  void anUnfinishedLinkCannotSync() {
    answer("account-details", 200, details("Salesforce", "salesforce", "INCOMPLETE"));

    assertThat(preflight().problems())
        .extracting(PreflightProblem::kind)
        .containsExactly(Kind.LINK_INCOMPLETE);
  }

  @Test
  void mergesFirstContactSyncMustBeDoneAndTheReportSaysSinceWhen() {
    answer(
        "sync-status",
        200,
        contactSync(
            "\"status\": \"SYNCING\", \"is_initial_sync\": true,"
                + " \"last_sync_start\": \"2024-04-30T06:00:00Z\", \"last_sync_finished\": null"));

    PreflightReport report = preflight();

    assertThat(report.canSync()).isFalse();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.INITIAL_SYNC_RUNNING,
                "Merge is still copying contacts from Salesforce for the first time (started"
                    + " 2024-04-30T06:00:00Z); the first Levitate sync can start when it finishes."));
  }

  @Test
  void noContactSyncAtAllIsAProblem() {
    answer(
        "sync-status",
        200,
        "{\"next\": null, \"results\": [{\"model_id\": \"crm.Account\","
            + " \"status\": \"DONE\"}]}");

    assertThat(preflight().problems())
        .extracting(PreflightProblem::kind)
        .containsExactly(Kind.CONTACT_SYNC_MISSING);
  }

  @Test
  void aPausedContactSyncIsAProblem() {
    answer("sync-status", 200, contactSync("\"status\": \"PAUSED\""));

    assertThat(preflight().problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.CONTACT_SYNC_STOPPED,
                "Merge's sync of Salesforce contacts is paused for this"
                    + " account; turn it back on in Merge before syncing."));
  }

  @Test
  void aFailedLastContactSyncIsAWarningNotABlocker() {
    answer(
        "sync-status",
        200,
        contactSync(
            "\"status\": \"DONE\", \"last_sync_result\":"
                + " \"PARTIALLY_SYNCED\", \"last_sync_start\": \"2024-04-30T06:00:00Z\","
                + " \"last_sync_finished\": \"2024-04-30T06:30:00Z\""));

    PreflightReport report = preflight();

    assertThat(report.canSync()).isTrue();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.CONTACT_SYNC_FAILED,
                "Merge's last sync of Salesforce contacts ended PARTIALLY_SYNCED (started"
                    + " 2024-04-30T06:00:00Z); its copy may be incomplete, so a sync will hold back"
                    + " archives until Merge succeeds."));
  }

  @Test
  void remoteFieldsThatMergeRefusesLeaveTheCommonModelToSyncAndSayWhichRulesCannotApply() {
    answer("contacts/remote-field-classes", 403, "{\"detail\": \"Remote fields are not enabled\"}");

    PreflightReport report = preflight();

    assertThat(report.canSync()).isTrue();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.REMOTE_FIELDS_UNAVAILABLE,
                "Merge does not give remote fields for this account"
                    + " (HTTP 403), so the nickname, job title, key fact (Birthdate too), tag, deceased,"
                    + " opt-out, household and person-account rules cannot apply (Merge gives remote fields"
                    + " on its Professional and Enterprise plans, not on Launch); names, emails, phones,"
                    + " addresses, account (its name as the company) and owner sync from Merge's common"
                    + " model."));
  }

  @Test
  void anEmptyListOfRemoteFieldsOnMergesLaunchPlanIsTheSameWarning() {
    answer("contacts/remote-field-classes", 200, "{\"next\": null, \"results\": []}");

    PreflightReport report = preflight();

    assertThat(report.canSync()).isTrue();
    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.REMOTE_FIELDS_UNAVAILABLE);
              assertThat(p.message())
                  .startsWith(
                      "Merge lists no remote fields for Salesforce contacts, so"
                          + " the nickname, job title, key fact (Birthdate too), tag, deceased, opt-out, household"
                          + " and person-account rules cannot apply");
            });
  }

  @Test
  void notesThatCannotBeWrittenAreAWarning() {
    answer(
        "notes/meta/post",
        200,
        MockMerge.fixture("notes-meta.json")
            .replace("\"can_make_request\": true", "\"can_make_request\": false")
            .replace(
                "\"linked_account_status\": \"COMPLETE\"", "\"linked_account_status\": \"IDLE\""));

    PreflightReport report = preflight();

    assertThat(report.canSync()).isTrue();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.NOTES_NOT_WRITABLE,
                "Merge says notes cannot be written to this Salesforce org now (linked account status"
                    + " IDLE); activity will not be written back until it can."));
  }

  @Test
  void aMetaAnswerThatIsNotAnObjectIsReportedNotThrown() {
    answer("notes/meta/post", 200, "null");

    PreflightReport report = preflight();

    assertThat(report.canSync()).isTrue();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.NOTES_NOT_WRITABLE,
                "Merge did not confirm that notes can be written (GET /api/crm/v1/notes/meta/post"
                    + " answered HTTP 200 with JSON that is not an object); activity may not be written"
                    + " back."));
  }

  @Test
  void anIssueSayingTheOrgHasNoApiAccessExplainsTheEditions() {
    answer(
        "issues",
        200,
        "{\"next\": null, \"results\": [{\"id\": \"i1\", \"status\":"
            + " \"ONGOING\", \"error_description\": \"Missing Permissions\", \"error_details\":"
            + " [\"API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner\"],"
            + " \"is_muted\": false}]}");

    PreflightReport report = preflight();

    assertThat(report.canSync()).isFalse();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.API_DISABLED,
                "Salesforce says this org has no API access (API_DISABLED_FOR_ORG); it needs the"
                    + " Enterprise, Unlimited, Developer or Performance edition, or Professional with"
                    + " the paid API add-on."));
  }

  @Test
  void aFailedCallQuotingApiDisabledForOrgIsTheSameProblem() {
    answer(
        "contacts/remote-field-classes",
        400,
        "[{\"errorCode\": \"API_DISABLED_FOR_ORG\", \"message\": \"API is not enabled\"}]");

    assertThat(preflight().problems())
        .extracting(PreflightProblem::kind)
        .containsExactly(Kind.API_DISABLED);
  }

  @Test
  void otherOpenIssuesAreReportedAsWarnings() {
    answer(
        "issues",
        200,
        "{\"next\": null, \"results\": [{\"id\": \"i1\", \"status\":"
            + " \"ONGOING\", \"error_description\": \"Missing Permissions\"}, {\"id\": \"i2\","
            + " \"error_description\": \"Muted one\", \"is_muted\": true}]}");

    PreflightReport report = preflight();

    assertThat(report.canSync()).isTrue();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.MERGE_ISSUE,
                "Merge reports an open issue on this account: Missing Permissions."));
  }

  @Test
  void refusedCredentialsEndThePreflightAfterOneCall() {
    answer("account-details", 401, "{\"detail\": \"Invalid token.\"}");

    PreflightReport report = preflight();

    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.AUTHENTICATION_FAILED,
                "Merge refused the API key or the account token (HTTP 401);"
                    + " check both for this linked account."));
    assertThat(requests).hasSize(1);
  }

  @Test
  void aCheckThatCannotBeMadeIsReportedWithItsReason() {
    answer("sync-status", 500, "upstream timeout");

    PreflightReport report = preflight();

    assertThat(report.canSync()).isTrue();
    assertThat(report.problems())
        .containsExactly(
            PreflightProblem.of(
                Kind.CHECK_FAILED,
                "Could not check Merge's contact sync status: GET /api/crm/v1/sync-status?page_size=100"
                    + " failed with HTTP 500: upstream timeout"));
  }
}
