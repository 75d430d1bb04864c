package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.testkit.FaultKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /issues}: an organization-level list (the API key alone authorizes it) of the Issues
 * of every linked account, in the order Merge opened them, with Merge's filters. Without {@code
 * include_muted=true} muted issues are left out; the fake never mutes one.
 */
public final class IssueEndpoints {
  private static final Set<String> PARAMS =
      Set.of(
          "account_token",
          "cursor",
          "end_date",
          "end_user_organization_name",
          "first_incident_time_after",
          "first_incident_time_before",
          "include_muted",
          "integration_name",
          "last_incident_time_after",
          "last_incident_time_before",
          "linked_account_id",
          "page_size",
          "start_date",
          "status");

  private IssueEndpoints() {}

  /** One issue and the linked account it belongs to. */
  private record Listed(AccountState account, IssueRecord issue) {}

  public static Answer list(Collection<AccountState> accounts, Params params, FaultKind fault) {
    params.allow("GET /issues", PARAMS);
    params.flag("include_muted");
    String linkedAccountId = params.last("linked_account_id");
    String token = params.last("account_token");
    String organization = params.last("end_user_organization_name");
    String integration = params.last("integration_name");
    String status = params.last("status");
    if (status != null && !status.equals("ONGOING") && !status.equals("RESOLVED")) {
      throw Rejection.misunderstood("status must be ONGOING or RESOLVED, was " + status);
    }
    long firstAfter = params.micros("first_incident_time_after", Long.MIN_VALUE);
    long firstBefore = params.micros("first_incident_time_before", Long.MAX_VALUE);
    long lastAfter = params.micros("last_incident_time_after", Long.MIN_VALUE);
    long lastBefore = params.micros("last_incident_time_before", Long.MAX_VALUE);
    long start = params.micros("start_date", Long.MIN_VALUE);
    long end = params.micros("end_date", Long.MAX_VALUE);
    List<Listed> all = new ArrayList<>();
    for (AccountState account : accounts) {
      account.issues().forEach(issue -> all.add(new Listed(account, issue)));
    }
    all.sort(
        Comparator.comparingLong((Listed l) -> l.issue().firstIncidentMicros())
            .thenComparing(l -> l.issue().id()));
    return Lists.page(
        all.size(),
        i -> {
          AccountState account = all.get(i).account();
          IssueRecord issue = all.get(i).issue();
          return (linkedAccountId == null || linkedAccountId.equals(account.id()))
              && (token == null || token.equals(account.token()))
              && (organization == null || organization.equals(account.organizationName()))
              && (integration == null || integration.toLowerCase(Locale.ROOT).equals("salesforce"))
              && (status == null || status.equals(issue.resolved() ? "RESOLVED" : "ONGOING"))
              && issue.firstIncidentMicros() > firstAfter
              && issue.firstIncidentMicros() < firstBefore
              && issue.lastIncidentMicros() > lastAfter
              && issue.lastIncidentMicros() < lastBefore
              && issue.lastIncidentMicros() > start
              && issue.lastIncidentMicros() < end;
        },
        params,
        (out, i, shell) -> {
          AccountState account = all.get(i).account();
          IssueRecord issue = all.get(i).issue();
          out.writeStartObject();
          out.writeStringField("id", issue.id());
          out.writeStringField("status", issue.resolved() ? "RESOLVED" : "ONGOING");
          out.writeStringField("error_description", issue.errorDescription());
          out.writeObjectFieldStart("end_user");
          out.writeStringField("id", account.endUserOriginId());
          out.writeStringField("organization_name", account.organizationName());
          out.writeStringField("email_address", account.endUserEmailAddress());
          out.writeEndObject();
          out.writeStringField("first_incident_time", Times.merge(issue.firstIncidentMicros()));
          out.writeStringField("last_incident_time", Times.merge(issue.lastIncidentMicros()));
          out.writeBooleanField("is_muted", false);
          out.writeArrayFieldStart("error_details");
          for (String detail : issue.errorDetails()) {
            out.writeString(detail);
          }
          out.writeEndArray();
          out.writeEndObject();
        },
        fault);
  }
}
