package ai.levitate.sf.testkit;

import static ai.levitate.sf.testkit.Shape.any;
import static ai.levitate.sf.testkit.Shape.anyObject;
import static ai.levitate.sf.testkit.Shape.array;
import static ai.levitate.sf.testkit.Shape.bool;
import static ai.levitate.sf.testkit.Shape.dateTime;
import static ai.levitate.sf.testkit.Shape.email;
import static ai.levitate.sf.testkit.Shape.idOr;
import static ai.levitate.sf.testkit.Shape.integer;
import static ai.levitate.sf.testkit.Shape.object;
import static ai.levitate.sf.testkit.Shape.oneOfValues;
import static ai.levitate.sf.testkit.Shape.string;
import static ai.levitate.sf.testkit.Shape.uri;
import static ai.levitate.sf.testkit.Shape.uuid;

/**
 * The answers of the Merge CRM API the fake serves, as Merge's OpenAPI description of the CRM API
 * states them: written here from that description's schemas ({@code crm_v3.yml} in Merge's public
 * Java SDK, August 2025), not copied from it. Where a later description (the Python SDK of June
 * 2026) or Merge's own guide widens a shape, the wider shape is used and says so.
 *
 * <p>OpenAPI 3.0 reads: a property may be absent unless {@code required}; null only where {@code
 * nullable}; other properties are allowed. {@code oneOf} an enum and {@code string} (Merge's way of
 * saying "these values, or others later") is any string.
 */
final class MergeOpenApi {
  private MergeOpenApi() {}

  /** Merge's {@code Paginated...List}; the three keys are always sent (Merge's paging guide). */
  static Shape page(Shape item) {
    return object("a page")
        .field("next", string().nullable())
        .field("previous", string().nullable())
        .field("results", array(item))
        .required("next", "previous", "results");
  }

  static final Shape FIELD_MAPPINGS = anyObject().nullable();

  /** {@code RemoteData}: {@code path} required, {@code data} anything. */
  static final Shape REMOTE_DATA =
      object("RemoteData").field("path", string()).field("data", any()).required("path");

  /** {@code ItemSchema}: every part optional; {@code item_choices} a list of strings. */
  static final Shape ITEM_SCHEMA =
      object("ItemSchema")
          .field("item_type", types())
          .field("item_format", types())
          .field("item_choices", array(string()));

  /**
   * {@code RemoteFieldClass}. {@code field_choices} entries are {@code {value, display_name}}
   * objects. {@code field_format} is {@code FieldFormatEnum} in 2025, {@code FieldFormatEnum} or
   * any string in 2026 (and Merge's guide shows {@code text} and {@code select}): any string.
   * {@code item_schema} is null for a field that is not a list in Merge's guide. 2026 adds {@code
   * is_common_model_field}.
   */
  static final Shape REMOTE_FIELD_CLASS =
      object("RemoteFieldClass")
          .field("id", string())
          .field("display_name", string())
          .field("remote_key_name", string())
          .field("description", string())
          .field("is_custom", bool())
          .field("is_common_model_field", bool())
          .field("is_required", bool())
          .field("field_type", types())
          .field("field_format", string())
          .field(
              "field_choices",
              array(
                      object("a field choice")
                          .field("value", any())
                          .field("display_name", string().nullable()))
                  .nullable())
          .field("item_schema", ITEM_SCHEMA.nullable());

  /** {@code RemoteField}: the class as its id or the object; any value. */
  static final Shape REMOTE_FIELD =
      object("RemoteField")
          .field("remote_field_class", idOr(string(), REMOTE_FIELD_CLASS))
          .field("value", any())
          .required("remote_field_class");

  static final Shape ADDRESS =
      object("Address")
          .field("created_at", dateTime())
          .field("modified_at", dateTime())
          .field("street_1", string().nullable())
          .field("street_2", string().nullable())
          .field("city", string().nullable())
          .field("state", string().nullable())
          .field("postal_code", string().nullable())
          .field("country", string().nullable())
          .field("address_type", string().nullable());

  static final Shape EMAIL_ADDRESS =
      object("EmailAddress")
          .field("created_at", dateTime())
          .field("modified_at", dateTime())
          .field("email_address", string().nullable())
          .field("email_address_type", string().nullable());

  static final Shape PHONE_NUMBER =
      object("PhoneNumber")
          .field("created_at", dateTime())
          .field("modified_at", dateTime())
          .field("phone_number", string().nullable())
          .field("phone_number_type", string().nullable());

  static final Shape USER =
      record("User")
          .field("name", string().nullable())
          .field("email", string().nullable())
          .field("is_active", bool().nullable())
          .also(MergeOpenApi::mergesOwnFields);

  static final Shape ACCOUNT =
      record("Account")
          .field("owner", idOr(uuid(), USER).nullable())
          .field("name", string().nullable())
          .field("description", string().nullable())
          .field("industry", string().nullable())
          .field("website", uri(2000).nullable())
          .field("number_of_employees", integer().nullable())
          .field("addresses", array(ADDRESS))
          .field("phone_numbers", array(PHONE_NUMBER))
          .field("last_activity_at", dateTime().nullable())
          .field("remote_updated_at", dateTime().nullable())
          .field("remote_created_at", dateTime().nullable())
          .also(MergeOpenApi::mergesOwnFields);

  static final Shape CONTACT =
      record("Contact")
          .field("first_name", string().nullable())
          .field("last_name", string().nullable())
          .field("account", idOr(uuid(), ACCOUNT).nullable())
          .field("owner", idOr(uuid(), USER).nullable())
          .field("addresses", array(ADDRESS))
          .field("email_addresses", array(EMAIL_ADDRESS))
          .field("phone_numbers", array(PHONE_NUMBER))
          .field("last_activity_at", dateTime().nullable())
          .field("remote_created_at", dateTime().nullable())
          .also(MergeOpenApi::mergesOwnFields);

  static final Shape NOTE =
      record("Note")
          .field("owner", idOr(uuid(), USER).nullable())
          .field("content", string().nullable())
          .field("contact", idOr(uuid(), CONTACT).nullable())
          .field("account", idOr(uuid(), ACCOUNT).nullable())
          .field("opportunity", uuid().nullable())
          .field("remote_updated_at", dateTime().nullable())
          .field("remote_created_at", dateTime().nullable())
          .also(MergeOpenApi::mergesOwnFields);

  /** {@code ErrorValidationProblem} and {@code WarningValidationProblem}. */
  static final Shape PROBLEM =
      object("a validation problem")
          .field(
              "source",
              object("ValidationProblemSource").field("pointer", string()).required("pointer"))
          .field("title", string())
          .field("detail", string())
          .field("problem_type", string())
          .required("detail", "problem_type", "title");

  static final Shape DEBUG_MODE_LOG =
      object("DebugModeLog")
          .field("log_id", string())
          .field("dashboard_view", string())
          .field(
              "log_summary",
              object("DebugModelLogSummary")
                  .field("url", string())
                  .field("method", string())
                  .field("status_code", integer())
                  .required("method", "status_code", "url"))
          .required("dashboard_view", "log_id", "log_summary");

  /** {@code NoteResponse}, the answer to {@code POST /notes}. */
  static final Shape NOTE_RESPONSE =
      object("NoteResponse")
          .field("model", NOTE)
          .field("warnings", array(PROBLEM))
          .field("errors", array(PROBLEM))
          .field("logs", array(DEBUG_MODE_LOG))
          .required("errors", "model", "warnings");

  /** {@code MetaResponse}, the answer to {@code GET /notes/meta/post}. */
  static final Shape META_RESPONSE =
      object("MetaResponse")
          .field("request_schema", anyObject())
          .field("remote_field_classes", anyObject())
          .field(
              "status",
              object("LinkedAccountStatus")
                  .field("linked_account_status", string())
                  .field("can_make_request", bool())
                  .required("can_make_request", "linked_account_status"))
          .field("has_conditional_params", bool())
          .field("has_required_linked_account_params", bool())
          .required(
              "has_conditional_params", "has_required_linked_account_params", "request_schema");

  /** {@code SyncStatus}; its result and status are {@code StatusFd5Enum} or any string. */
  static final Shape SYNC_STATUS =
      object("SyncStatus")
          .field("model_name", string())
          .field("model_id", string())
          .field("last_sync_start", dateTime())
          .field("next_sync_start", dateTime())
          .field("last_sync_result", string())
          .field("last_sync_finished", dateTime())
          .field("status", string())
          .field("is_initial_sync", bool())
          .field("selective_sync_configurations_usage", oneOfValues("IN_NEXT_SYNC", "IN_LAST_SYNC"))
          .required("is_initial_sync", "model_id", "model_name", "status");

  static final Shape ACCOUNT_DETAILS =
      object("AccountDetails")
          .field("id", uuid())
          .field("integration", string())
          .field("integration_slug", string())
          .field("category", string().nullable())
          .field("end_user_origin_id", string())
          .field("end_user_organization_name", string())
          .field("end_user_email_address", email())
          .field("status", string())
          .field("webhook_listener_url", uri(Integer.MAX_VALUE))
          .field("is_duplicate", bool().nullable())
          .field("account_type", string())
          .field("completed_at", dateTime().nullable());

  /** {@code RemoteResponse}, the answer to {@code POST /passthrough}. */
  static final Shape REMOTE_RESPONSE =
      object("RemoteResponse")
          .field("method", string())
          .field("path", string())
          .field("status", integer())
          .field("response", any())
          .field("response_headers", anyObject())
          .field("response_type", string())
          .field("headers", anyObject())
          .required("method", "path", "response", "status");

  /** {@code Issue}; its status is {@code IssueStatusEnum} or any string. */
  static final Shape ISSUE =
      object("Issue")
          .field("id", uuid())
          .field("status", string())
          .field("error_description", string())
          .field("end_user", anyObject())
          .field("first_incident_time", dateTime().nullable())
          .field("last_incident_time", dateTime().nullable())
          .field("is_muted", bool())
          .field("error_details", array(string()))
          .required("error_description");

  /** What every common model record starts with: Merge's id, the remote id, Merge's timestamps. */
  private static Shape.Obj record(String name) {
    return object(name)
        .field("id", uuid())
        .field("remote_id", string().nullable())
        .field("created_at", dateTime())
        .field("modified_at", dateTime());
  }

  /** What every common model record ends with. */
  private static Shape.Obj mergesOwnFields(Shape.Obj record) {
    return record
        .field("remote_was_deleted", bool())
        .field("field_mappings", FIELD_MAPPINGS)
        .field("remote_data", array(REMOTE_DATA).nullable())
        .field("remote_fields", array(REMOTE_FIELD));
  }

  /** {@code FieldTypeEnum}, {@code ItemTypeEnum} and {@code ItemFormatEnum} share these values. */
  private static Shape types() {
    return oneOfValues("string", "number", "date", "datetime", "bool", "list");
  }
}
