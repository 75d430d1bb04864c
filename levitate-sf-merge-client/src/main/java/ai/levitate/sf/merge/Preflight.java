package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.merge.PreflightProblem.Kind;
import ai.levitate.sf.merge.internal.MergeApi;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.http.Failures;
import ai.levitate.sf.merge.internal.wire.IssueDto;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The checks behind {@link MergeCrmClient#preflight()}, reported in the order an admin would fix
 * them. The account's details come first (refused credentials end the preflight there); the other
 * checks do not depend on one another and are asked side by side, on the client's shared limits.
 */
final class Preflight {
  private static final String API_DISABLED = "API_DISABLED_FOR_ORG";

  /** The checks made side by side: contact sync, remote fields, notes, issues. */
  private static final int SIDE_BY_SIDE = 4;

  private final MergeCrmClient client;
  private final MergeApi api;
  private final Failures failures;
  private final Optional<Supplier<FieldModels.Read>> catalog;
  private final List<PreflightProblem> problems = new ArrayList<>();
  private final Set<Kind> seen = new LinkedHashSet<>();
  private final PreflightReport.Builder report = PreflightReport.builder();

  /**
   * The preflight of {@code client}; with {@code catalog}, the remote-fields check reads the field
   * catalog through it (and the report carries it) rather than a page of one field class.
   */
  Preflight(
      MergeCrmClient client,
      MergeApi api,
      Failures failures,
      Optional<Supplier<FieldModels.Read>> catalog) {
    this.client = client;
    this.api = api;
    this.failures = failures;
    this.catalog = catalog;
  }

  PreflightReport run() {
    Findings first = new Findings();
    Optional<AccountDetails> details = accountDetails(first);
    details.ifPresent(report::accountDetails);
    List<Findings> all = new ArrayList<>(List.of(first));
    if (!first.has(Kind.AUTHENTICATION_FAILED)) {
      Findings sync = new Findings();
      Findings fields = new Findings();
      Findings notes = new Findings();
      Findings issues = new Findings();
      all.addAll(List.of(sync, fields, notes, issues));
      Optional<String> accountId = details.flatMap(AccountDetails::id);
      ExecutorService threads = Executors.newFixedThreadPool(SIDE_BY_SIDE, Preflight::thread);
      try {
        Future<Optional<SourceSyncStatus>> status = threads.submit(() -> contactSync(sync));
        Future<Optional<FieldCatalog>> catalog = threads.submit(() -> remoteFields(fields));
        Future<?> meta = threads.submit(() -> notes(notes));
        Future<?> open = threads.submit(() -> accountId.ifPresent(id -> this.issues(id, issues)));
        Joined joined = new Joined(threads);
        joined.get(status).ifPresent(report::contactSync);
        joined.get(catalog).ifPresent(report::fieldCatalog);
        joined.get(meta);
        joined.get(open);
        joined.restoreInterrupt();
      } finally {
        threads.shutdownNow();
      }
    }
    all.forEach(findings -> findings.problems.forEach(p -> add(p.kind(), p.message())));
    return report.problems(problems).build();
  }

  private static Thread thread(Runnable check) {
    Thread thread = new Thread(check, "levitate-sf-preflight");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Waits for the checks: an interrupt stops those still asking Merge (each then reports that it
   * could not check) and is kept for the caller.
   */
  private static final class Joined {
    private final ExecutorService threads;
    private boolean interrupted;

    Joined(ExecutorService threads) {
      this.threads = threads;
    }

    <T> T get(Future<T> check) {
      while (true) {
        try {
          return check.get();
        } catch (InterruptedException e) {
          interrupted = true;
          threads.shutdownNow();
        } catch (ExecutionException e) {
          // The checks catch Merge's failures: anything else is a bug, thrown as it was.
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    }

    void restoreInterrupt() {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** What one check found, kept apart so that checks made side by side report in a fixed order. */
  private static final class Findings {
    private final List<PreflightProblem> problems = new ArrayList<>();

    void add(Kind kind, String message) {
      problems.add(PreflightProblem.of(kind, message));
    }

    boolean has(Kind kind) {
      return problems.stream().anyMatch(p -> p.kind() == kind);
    }
  }

  private Optional<AccountDetails> accountDetails(Findings found) {
    try {
      AccountDetails details = client.accountDetails();
      if (!details.isSalesforce()) {
        found.add(
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
        found.add(
            Kind.RELINK_NEEDED,
            "Merge needs the Salesforce connection linked again"
                + " (status RELINK_NEEDED): the connecting user must sign in to Salesforce again"
                + " through Merge Link.");
      } else if (status.equals("INCOMPLETE")) {
        found.add(
            Kind.LINK_INCOMPLETE,
            "The Salesforce connection was never completed in Merge"
                + " (status INCOMPLETE); finish linking through Merge Link.");
      }
      return Optional.of(details);
    } catch (MergeAuthenticationException e) {
      if (e.status().orElse(0) == 401) {
        found.add(
            Kind.AUTHENTICATION_FAILED,
            "Merge refused the API key or the account token"
                + " (HTTP 401); check both for this linked account.");
      } else {
        failed(found, "the linked account's details", e);
      }
    } catch (MergeException e) {
      failed(found, "the linked account's details", e);
    }
    return Optional.empty();
  }

  private Optional<SourceSyncStatus> contactSync(Findings found) {
    try {
      Optional<SourceSyncStatus> sync = client.contactSyncStatus();
      if (sync.isEmpty()) {
        found.add(
            Kind.CONTACT_SYNC_MISSING,
            "Merge reports no sync of Salesforce contacts for this"
                + " account yet; check that contacts are enabled for the integration in Merge.");
        return sync;
      }
      SourceSyncStatus status = sync.get();
      String started = status.lastSyncStart().map(i -> " (started " + i + ")").orElse("");
      if (status.status() == SourceSyncStatus.State.DISABLED
          || status.status() == SourceSyncStatus.State.PAUSED) {
        found.add(
            Kind.CONTACT_SYNC_STOPPED,
            "Merge's sync of Salesforce contacts is "
                + status.status().name().toLowerCase(Locale.ROOT)
                + " for this account; turn it back on in Merge before syncing.");
      } else if (status.initialSync()
          || (status.status() == SourceSyncStatus.State.SYNCING
              && status.lastSyncFinished().isEmpty())) {
        found.add(
            Kind.INITIAL_SYNC_RUNNING,
            "Merge is still copying contacts from Salesforce for the"
                + " first time"
                + started
                + "; the first Levitate sync can start when it finishes.");
      } else if (status.incomplete()) {
        found.add(
            Kind.CONTACT_SYNC_FAILED,
            "Merge's last sync of Salesforce contacts ended "
                + status.lastSyncResult().orElse(status.status())
                + started
                + "; its copy may be incomplete, so a sync will hold back archives until Merge"
                + " succeeds.");
      }
      return sync;
    } catch (MergeException e) {
      failed(found, "Merge's contact sync status", e);
      return Optional.empty();
    }
  }

  /**
   * Without remote fields (Merge's Launch plan) a sync still runs on Merge's common model; the
   * problem says which rules cannot apply. With a catalog to read, the check reads it whole (the
   * classes Merge lists, and the describe when the source asks for one) and returns it.
   */
  private Optional<FieldCatalog> remoteFields(Findings found) {
    try {
      boolean listed;
      Optional<FieldCatalog> read = Optional.empty();
      if (catalog.isPresent()) {
        FieldModels.Read model = catalog.get().get();
        listed = model.classes() > 0;
        read = Optional.of(model.model().catalog());
      } else {
        listed = !api.contactRemoteFieldClasses(1, Optional.empty()).results().isEmpty();
      }
      if (!listed) {
        found.add(
            Kind.REMOTE_FIELDS_UNAVAILABLE,
            "Merge lists no remote fields for Salesforce"
                + " contacts, "
                + FieldCatalog.WITHOUT_FIELDS);
      }
      return read;
    } catch (MergeRequestException | MergeAuthenticationException | MergeNotFoundException e) {
      if (!apiDisabled(found, e)) {
        found.add(
            Kind.REMOTE_FIELDS_UNAVAILABLE,
            "Merge does not give remote fields for this account"
                + " (HTTP "
                + e.status().orElse(0)
                + "), "
                + FieldCatalog.WITHOUT_FIELDS);
      }
    } catch (MergeException e) {
      failed(found, "whether Merge gives remote fields", e);
    }
    return Optional.empty();
  }

  private void notes(Findings found) {
    try {
      NoteWriteMeta meta = client.noteWriteMeta();
      if (!meta.canMakeRequest()) {
        found.add(
            Kind.NOTES_NOT_WRITABLE,
            "Merge says notes cannot be written to this Salesforce org"
                + " now"
                + meta.linkedAccountStatus()
                    .map(s -> " (linked account status " + s + ")")
                    .orElse("")
                + "; activity will not be written back until it can.");
      }
    } catch (MergeException e) {
      if (!apiDisabled(found, e)) {
        found.add(
            Kind.NOTES_NOT_WRITABLE,
            "Merge did not confirm that notes can be written ("
                + e.getMessage()
                + "); activity may not be written back.");
      }
    }
  }

  private void issues(String linkedAccountId, Findings found) {
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
                  apiDisabledProblem(found);
                } else if (!text.isBlank() && !Boolean.TRUE.equals(issue.isMuted())) {
                  found.add(
                      Kind.MERGE_ISSUE,
                      "Merge reports an open issue on this account: " + text.strip() + ".");
                }
              });
    } catch (MergeException e) {
      failed(found, "Merge's open issues", e);
    }
  }

  private static boolean apiDisabled(Findings found, MergeException e) {
    if (mentionsApiDisabled(e.body())) {
      apiDisabledProblem(found);
      return true;
    }
    return false;
  }

  private static void apiDisabledProblem(Findings found) {
    found.add(
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

  private static void failed(Findings found, String what, MergeException e) {
    if (!apiDisabled(found, e)) {
      found.add(Kind.CHECK_FAILED, "Could not check " + what + ": " + e.getMessage());
    }
  }

  private void add(Kind kind, String message) {
    if (kind == Kind.MERGE_ISSUE || seen.add(kind)) {
      problems.add(PreflightProblem.of(kind, failures.redactor().redact(message)));
    }
  }
}
