package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.merge.PreflightProblem.Kind;
import ai.levitate.sf.merge.internal.MergeApi;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.http.Failures;
import ai.levitate.sf.merge.internal.wire.IssueDto;
import ai.levitate.sf.merge.internal.wire.RawPage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The checks behind {@link MergeCrmClient#preflight()}, in the order an admin would fix them. */
final class Preflight {
  private static final String API_DISABLED = "API_DISABLED_FOR_ORG";

  private final MergeCrmClient client;
  private final MergeApi api;
  private final Failures failures;
  private final List<PreflightProblem> problems = new ArrayList<>();
  private final Set<Kind> seen = new LinkedHashSet<>();
  private final PreflightReport.Builder report = PreflightReport.builder();

  Preflight(MergeCrmClient client, MergeApi api, Failures failures) {
    this.client = client;
    this.api = api;
    this.failures = failures;
  }

  PreflightReport run() {
    Optional<AccountDetails> details = accountDetails();
    if (!seen.contains(Kind.AUTHENTICATION_FAILED)) {
      contactSync();
      remoteFields();
      notes();
      details.flatMap(AccountDetails::id).ifPresent(this::issues);
    }
    return report.problems(problems).build();
  }

  private Optional<AccountDetails> accountDetails() {
    try {
      AccountDetails details = client.accountDetails();
      report.accountDetails(details);
      if (!details.isSalesforce()) {
        add(
            Kind.NOT_SALESFORCE,
            "This linked account connects to "
                + details
                    .integration()
                    .or(details::integrationSlug)
                    .orElse("an unnamed integration")
                + ", not Salesforce; link a Salesforce org instead.");
      }
      String status = details.status().orElse("").toUpperCase(Locale.ROOT);
      if (status.equals("RELINK_NEEDED")) {
        add(
            Kind.RELINK_NEEDED,
            "Merge needs the Salesforce connection linked again"
                + " (status RELINK_NEEDED): the connecting user must sign in to Salesforce again"
                + " through Merge Link.");
      } else if (status.equals("INCOMPLETE")) {
        add(
            Kind.LINK_INCOMPLETE,
            "The Salesforce connection was never completed in Merge"
                + " (status INCOMPLETE); finish linking through Merge Link.");
      }
      return Optional.of(details);
    } catch (MergeAuthenticationException e) {
      if (e.status().orElse(0) == 401) {
        add(
            Kind.AUTHENTICATION_FAILED,
            "Merge refused the API key or the account token"
                + " (HTTP 401); check both for this linked account.");
      } else {
        failed("the linked account's details", e);
      }
    } catch (MergeException e) {
      failed("the linked account's details", e);
    }
    return Optional.empty();
  }

  private void contactSync() {
    try {
      Optional<SourceSyncStatus> sync = client.contactSyncStatus();
      if (sync.isEmpty()) {
        add(
            Kind.CONTACT_SYNC_MISSING,
            "Merge reports no sync of Salesforce contacts for this"
                + " account yet; check that contacts are enabled for the integration in Merge.");
        return;
      }
      SourceSyncStatus status = sync.get();
      report.contactSync(status);
      String started = status.lastSyncStart().map(i -> " (started " + i + ")").orElse("");
      if (status.status() == SourceSyncStatus.State.DISABLED
          || status.status() == SourceSyncStatus.State.PAUSED) {
        add(
            Kind.CONTACT_SYNC_STOPPED,
            "Merge's sync of Salesforce contacts is "
                + status.status().name().toLowerCase(Locale.ROOT)
                + " for this account; turn it back on in Merge before syncing.");
      } else if (status.initialSync()
          || (status.status() == SourceSyncStatus.State.SYNCING
              && status.lastSyncFinished().isEmpty())) {
        add(
            Kind.INITIAL_SYNC_RUNNING,
            "Merge is still copying contacts from Salesforce for the"
                + " first time"
                + started
                + "; the first Levitate sync can start when it finishes.");
      } else if (status.incomplete()) {
        add(
            Kind.CONTACT_SYNC_FAILED,
            "Merge's last sync of Salesforce contacts ended "
                + status.lastSyncResult().orElse(status.status())
                + started
                + "; its copy may be incomplete, so a sync will hold back archives until Merge"
                + " succeeds.");
      }
    } catch (MergeException e) {
      failed("Merge's contact sync status", e);
    }
  }

  /**
   * Without remote fields (Merge's Launch plan) a sync still runs on Merge's common model; the
   * problem says which rules cannot apply.
   */
  private void remoteFields() {
    try {
      RawPage page = api.contactRemoteFieldClasses(1, Optional.empty());
      if (page.results().isEmpty()) {
        add(
            Kind.REMOTE_FIELDS_UNAVAILABLE,
            "Merge lists no remote fields for Salesforce"
                + " contacts, "
                + FieldCatalog.WITHOUT_FIELDS);
      }
    } catch (MergeRequestException | MergeAuthenticationException | MergeNotFoundException e) {
      if (!apiDisabled(e)) {
        add(
            Kind.REMOTE_FIELDS_UNAVAILABLE,
            "Merge does not give remote fields for this account"
                + " (HTTP "
                + e.status().orElse(0)
                + "), "
                + FieldCatalog.WITHOUT_FIELDS);
      }
    } catch (MergeException e) {
      failed("whether Merge gives remote fields", e);
    }
  }

  private void notes() {
    try {
      NoteWriteMeta meta = client.noteWriteMeta();
      if (!meta.canMakeRequest()) {
        add(
            Kind.NOTES_NOT_WRITABLE,
            "Merge says notes cannot be written to this Salesforce org"
                + " now"
                + meta.linkedAccountStatus()
                    .map(s -> " (linked account status " + s + ")")
                    .orElse("")
                + "; activity will not be written back until it can.");
      }
    } catch (MergeException e) {
      if (!apiDisabled(e)) {
        add(
            Kind.NOTES_NOT_WRITABLE,
            "Merge did not confirm that notes can be written ("
                + e.getMessage()
                + "); activity may not be written back.");
      }
    }
  }

  private void issues(String linkedAccountId) {
    try {
      MergePages<IssueDto> issues =
          new MergePages<>(
              "GET issues",
              Optional.empty(),
              cursor ->
                  Records.page(
                      api.issues(linkedAccountId, "ONGOING", MergeApi.MAX_PAGE_SIZE, cursor),
                      node -> Records.as(node, IssueDto.class)));
      issues
          .items()
          .forEach(
              issue -> {
                String text = issue.errorDescription() == null ? "" : issue.errorDescription();
                String details =
                    issue.errorDetails() == null ? "" : issue.errorDetails().toString();
                if (mentionsApiDisabled(text + " " + details)) {
                  apiDisabledProblem();
                } else if (!text.isBlank() && !Boolean.TRUE.equals(issue.isMuted())) {
                  add(
                      Kind.MERGE_ISSUE,
                      "Merge reports an open issue on this account: " + text.strip() + ".");
                }
              });
    } catch (MergeException e) {
      failed("Merge's open issues", e);
    }
  }

  private boolean apiDisabled(MergeException e) {
    if (mentionsApiDisabled(e.body())) {
      apiDisabledProblem();
      return true;
    }
    return false;
  }

  private void apiDisabledProblem() {
    add(
        Kind.API_DISABLED,
        "Salesforce says this org has no API access ("
            + API_DISABLED
            + "); it needs the Enterprise, Unlimited, Developer or Performance edition, or"
            + " Professional with the paid API add-on.");
  }

  private static boolean mentionsApiDisabled(String text) {
    return text != null
        && (text.contains(API_DISABLED)
            || text.toLowerCase(Locale.ROOT).contains("api is not enabled"));
  }

  private void failed(String what, MergeException e) {
    if (!apiDisabled(e)) {
      add(Kind.CHECK_FAILED, "Could not check " + what + ": " + e.getMessage());
    }
  }

  private void add(Kind kind, String message) {
    if (kind == Kind.MERGE_ISSUE || seen.add(kind)) {
      problems.add(PreflightProblem.of(kind, failures.redactor().redact(message)));
    }
  }
}
