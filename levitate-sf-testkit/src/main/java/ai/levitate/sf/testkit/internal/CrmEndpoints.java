package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.testkit.FaultKind;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * {@code GET /accounts}, {@code GET /accounts/{id}}, {@code GET /accounts/remote-field-classes},
 * {@code GET /users}, {@code GET /sync-status} and {@code GET /account-details}.
 */
public final class CrmEndpoints {
  static final Set<String> COMMON =
      Set.of(
          "created_after",
          "created_before",
          "cursor",
          "include_deleted_data",
          "include_remote_data",
          "include_remote_fields",
          "include_shell_data",
          "modified_after",
          "modified_before",
          "page_size",
          "remote_id");
  private static final Set<String> ACCOUNT_PARAMS = with(COMMON, "expand", "name", "owner_id");

  /** What {@code GET} of one contact or account takes. */
  static final Set<String> GET_PARAMS =
      Set.of("expand", "include_remote_data", "include_remote_fields", "include_shell_data");

  private static final Set<String> USER_PARAMS = with(COMMON, "email");

  /** The models Merge syncs for a CRM linked account, in the order it lists them. */
  private static final List<String> MODELS = List.of("Account", "Contact", "Note", "User");

  private final Clock clock;
  private final boolean classesAsIds;

  public CrmEndpoints(Clock clock, boolean classesAsIds) {
    this.clock = clock;
    this.classesAsIds = classesAsIds;
  }

  static Set<String> with(Set<String> base, String... more) {
    Set<String> out = new HashSet<>(base);
    out.addAll(List.of(more));
    return Set.copyOf(out);
  }

  public Answer accounts(AccountState account, Params params, FaultKind fault) {
    params.allow("GET /accounts", ACCOUNT_PARAMS);
    boolean expandOwner = params.expand(Set.of("owner")).contains("owner");
    boolean remoteFields = params.flag("include_remote_fields");
    boolean remoteData = params.flag("include_remote_data");
    String name = params.last("name");
    String ownerId = params.last("owner_id");
    CrmData data = account.data();
    return data.read(
        () -> {
          List<AccountRecord> accounts = data.accounts();
          Window window = new Window(params);
          IntPredicate matches =
              i -> {
                AccountRecord a = accounts.get(i);
                return window.admits(
                        a.createdMicros(), a.modifiedMicros(), a.deleted(), a.remoteId())
                    && (name == null || name.equals(a.name()))
                    && (ownerId == null || ownerId.equals(a.ownerId()));
              };
          return Lists.page(
              accounts.size(),
              matches,
              params,
              (out, i, shell) -> {
                AccountRecord a = accounts.get(i);
                if (shell) {
                  Lists.shell(out, a.id(), a.remoteId(), a.createdMicros(), a.modifiedMicros());
                } else {
                  MergeJson.account(
                      out, a, expandOwner, remoteFields, remoteData, classesAsIds, data);
                }
              },
              fault);
        });
  }

  /** One account; 404 for an id of another linked account, as Merge answers. */
  public Answer account(AccountState account, String id, Params params) {
    params.allow("GET /accounts/{id}", GET_PARAMS);
    boolean expandOwner = params.expand(Set.of("owner")).contains("owner");
    boolean remoteFields = params.flag("include_remote_fields");
    boolean remoteData = params.flag("include_remote_data");
    params.flag("include_shell_data");
    CrmData data = account.data();
    return data.read(
        () -> {
          AccountRecord record = data.account(id);
          if (record == null) {
            return Answer.detail(404, "Not found.");
          }
          return Answer.json(
              200,
              out ->
                  MergeJson.account(
                      out, record, expandOwner, remoteFields, remoteData, classesAsIds, data));
        });
  }

  /** The Account remote field classes; filters {@code is_custom}, {@code is_common_model_field}. */
  public Answer accountFieldClasses(AccountState account, Params params, FaultKind fault) {
    params.allow("GET /accounts/remote-field-classes", ContactEndpoints.CLASS_PARAMS);
    CrmData data = account.data();
    return ContactEndpoints.classes(
        data.accountSchema(), data.fromFixture() ? data.rawAccountClasses() : null, params, fault);
  }

  public Answer users(AccountState account, Params params, FaultKind fault) {
    params.allow("GET /users", USER_PARAMS);
    String email = params.last("email");
    boolean remoteFields = params.flag("include_remote_fields");
    boolean remoteData = params.flag("include_remote_data");
    CrmData data = account.data();
    return data.read(
        () -> {
          List<UserRecord> users = data.users();
          Window window = new Window(params);
          IntPredicate matches =
              i -> {
                UserRecord u = users.get(i);
                return window.admits(
                        u.createdMicros(), u.modifiedMicros(), u.deleted(), u.remoteId())
                    && (email == null || email.equalsIgnoreCase(u.email()));
              };
          return Lists.page(
              users.size(),
              matches,
              params,
              (out, i, shell) -> {
                UserRecord u = users.get(i);
                if (shell) {
                  Lists.shell(out, u.id(), u.remoteId(), u.createdMicros(), u.modifiedMicros());
                } else if (u.raw() != null) {
                  RawContacts.writeUser(out, u, remoteFields, remoteData);
                } else {
                  MergeJson.user(out, u);
                }
              },
              fault);
        });
  }

  public Answer syncStatus(AccountState account, Params params, FaultKind fault) {
    params.allow("GET /sync-status", Set.of("cursor", "page_size"));
    long now = Times.nowMicros(clock);
    long hour = 3_600_000_000L;
    return Lists.page(
        MODELS.size(),
        i -> true,
        params,
        (out, i, shell) -> {
          String model = MODELS.get(i);
          boolean contact = model.equals("Contact");
          out.writeStartObject();
          out.writeStringField("model_name", model);
          out.writeStringField("model_id", "crm." + model);
          out.writeStringField("last_sync_start", Times.merge(now - hour / 4));
          out.writeStringField("next_sync_start", Times.merge(now + hour));
          out.writeStringField(
              "last_sync_result", contact ? account.lastContactResult().name() : "DONE");
          out.writeStringField("last_sync_finished", Times.merge(now - hour / 5));
          out.writeStringField("status", contact ? account.contactSync().name() : "DONE");
          out.writeBooleanField("is_initial_sync", false);
          // selective_sync_configurations_usage is left out: never null in Merge's description, and
          // its two values speak of a selective sync this account does not have.
          out.writeEndObject();
        },
        fault);
  }

  public Answer accountDetails(AccountState account, Params params) {
    params.allow("GET /account-details", Set.of());
    return Answer.json(
        200,
        out -> {
          out.writeStartObject();
          out.writeStringField("id", account.id());
          out.writeStringField("integration", "Salesforce");
          out.writeStringField("integration_slug", "salesforce");
          out.writeStringField("category", "crm");
          out.writeStringField("end_user_origin_id", account.endUserOriginId());
          out.writeStringField("end_user_organization_name", account.organizationName());
          out.writeStringField("end_user_email_address", account.endUserEmailAddress());
          out.writeStringField("status", "COMPLETE");
          out.writeStringField(
              "webhook_listener_url",
              "https://api.merge.dev/api/integrations/webhook-listener/" + account.id());
          out.writeNullField("is_duplicate");
          out.writeStringField("account_type", "PRODUCTION");
          out.writeStringField(
              "completed_at", Times.merge(Times.nowMicros(clock) - 86_400_000_000L * 30));
          out.writeEndObject();
        });
  }

  /** Merge's filters common to every list: timestamps, deleted records, remote id. */
  static final class Window {
    final long createdAfter;
    final long createdBefore;
    final long modifiedAfter;
    final long modifiedBefore;
    final boolean includeDeleted;
    final String remoteId;

    Window(Params params) {
      createdAfter = params.micros("created_after", Long.MIN_VALUE);
      createdBefore = params.micros("created_before", Long.MAX_VALUE);
      modifiedAfter = params.micros("modified_after", Long.MIN_VALUE);
      modifiedBefore = params.micros("modified_before", Long.MAX_VALUE);
      includeDeleted = params.flag("include_deleted_data");
      params.flag("include_remote_data");
      params.flag("include_remote_fields");
      params.flag("include_shell_data");
      remoteId = params.last("remote_id");
    }

    boolean admits(long created, long modified, boolean deleted, String recordRemoteId) {
      return created > createdAfter
          && created < createdBefore
          && modified > modifiedAfter
          && modified < modifiedBefore
          && (includeDeleted || !deleted)
          && (remoteId == null || remoteId.equals(recordRemoteId));
    }
  }
}
