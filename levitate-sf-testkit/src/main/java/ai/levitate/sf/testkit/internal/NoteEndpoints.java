package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.testkit.FaultKind;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * {@code GET /notes}, {@code POST /notes} and {@code GET /notes/meta/post}. A POST is checked as
 * Salesforce checks a Note (a title of at most 80 characters, a body of at most 32 KB) and is
 * stored; an {@code Idempotency-Key} returns the stored answer for 24 hours of the server's clock.
 */
public final class NoteEndpoints {
  public static final long IDEMPOTENCY_MICROS = 24L * 3_600_000_000L;
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> LIST_PARAMS =
      CrmEndpoints.with(
          CrmEndpoints.COMMON, "account_id", "contact_id", "owner_id", "opportunity_id", "expand");
  private static final Set<String> MODEL_FIELDS =
      Set.of(
          "content",
          "owner",
          "contact",
          "account",
          "opportunity",
          "integration_params",
          "linked_account_params",
          "remote_fields");
  private static final int MAX_TITLE = 80;
  private static final int MAX_CONTENT = 32_768;

  private final Clock clock;

  public NoteEndpoints(Clock clock) {
    this.clock = clock;
  }

  public Answer list(AccountState account, Params params, FaultKind fault) {
    params.allow("GET /notes", LIST_PARAMS);
    params.expand(Set.of("account", "contact", "opportunity", "owner"));
    CrmEndpoints.Window window = new CrmEndpoints.Window(params);
    String accountId = params.last("account_id");
    String contactId = params.last("contact_id");
    String ownerId = params.last("owner_id");
    String opportunityId = params.last("opportunity_id");
    List<NoteRecord> notes = account.notes();
    IntPredicate matches =
        i -> {
          NoteRecord n = notes.get(i);
          return window.admits(n.createdMicros(), n.createdMicros(), false, n.remoteId())
              && (accountId == null || accountId.equals(n.accountId()))
              && (contactId == null || contactId.equals(n.contactId()))
              && (ownerId == null || ownerId.equals(n.ownerId()))
              && (opportunityId == null || opportunityId.equals(n.opportunityId()));
        };
    return Lists.page(
        notes.size(),
        matches,
        params,
        (out, i, shell) -> {
          NoteRecord n = notes.get(i);
          if (shell) {
            Lists.shell(out, n.id(), n.remoteId(), n.createdMicros(), n.createdMicros());
          } else {
            note(out, n);
          }
        },
        fault);
  }

  /** Creates a note, or replays the stored answer of an earlier POST with the same key. */
  public Answer create(AccountState account, Params params, byte[] body, String idempotencyKey) {
    params.allow("POST /notes", Set.of("is_debug_mode", "run_async"));
    synchronized (account) {
      if (idempotencyKey != null) {
        AccountState.Idempotent stored = account.idempotent(idempotencyKey, clock);
        if (stored != null) {
          if (!Arrays.equals(stored.body(), body)) {
            throw Rejection.misunderstood(
                "Idempotency-Key "
                    + idempotencyKey
                    + " was used with another body within 24 hours");
          }
          return stored.answer();
        }
      }
      Answer answer = store(account, body);
      if (idempotencyKey != null && answer.status() < 500) {
        account.remember(
            idempotencyKey,
            new AccountState.Idempotent(
                body.clone(), answer, Times.nowMicros(clock) + IDEMPOTENCY_MICROS));
      }
      return answer;
    }
  }

  private Answer store(AccountState account, byte[] body) {
    JsonNode model = model(body);
    CrmData data = account.data();
    List<String[]> errors = new ArrayList<>();
    String contactId = text(model, "contact");
    String accountId = text(model, "account");
    String ownerId = text(model, "owner");
    String content = text(model, "content");
    JsonNode params = model.path("integration_params");
    String title = params.path("title").isTextual() ? params.path("title").asText() : null;
    data.read(
        () -> {
          if (contactId != null && data.contacts().indexOfId(contactId) < 0) {
            errors.add(
                new String[] {
                  "/model/contact",
                  "INVALID_REFERENCE",
                  "No contact with id " + contactId + " exists."
                });
          }
          if (accountId != null && data.account(accountId) == null) {
            errors.add(
                new String[] {
                  "/model/account",
                  "INVALID_REFERENCE",
                  "No account with id " + accountId + " exists."
                });
          }
          if (ownerId != null && data.user(ownerId) == null) {
            errors.add(
                new String[] {
                  "/model/owner", "INVALID_REFERENCE", "No user with id " + ownerId + " exists."
                });
          }
          return null;
        });
    if (title == null || title.isBlank()) {
      errors.add(
          new String[] {
            "/model/integration_params/title",
            "MISSING_REQUIRED_FIELD",
            "Salesforce requires integration_params.title for a note."
          });
    } else if (title.codePointCount(0, title.length()) > MAX_TITLE) {
      errors.add(
          new String[] {
            "/model/integration_params/title",
            "INCORRECT_FIELD_TYPE",
            "Salesforce takes a note title of at most 80 characters."
          });
    }
    if (content != null && content.length() > MAX_CONTENT) {
      errors.add(
          new String[] {
            "/model/content",
            "INCORRECT_FIELD_TYPE",
            "Salesforce takes a note body of at most 32 KB."
          });
    }
    if (!errors.isEmpty()) {
      return problems(400, errors);
    }
    NoteRecord note =
        account.addNote(
            contactId,
            accountId,
            ownerId,
            text(model, "opportunity"),
            content,
            title,
            Times.nowMicros(clock));
    return Answer.json(
        201,
        out -> {
          out.writeStartObject();
          out.writeFieldName("model");
          note(out, note);
          MergeJson.emptyArray(out, "warnings");
          MergeJson.emptyArray(out, "errors");
          MergeJson.emptyArray(out, "logs");
          out.writeEndObject();
        });
  }

  /**
   * A write answer listing problems and no model, each problem {@code {pointer, problem_type,
   * detail}}; Merge sends these with a 4xx, and sometimes with a 2xx.
   */
  static Answer problems(int status, List<String[]> errors) {
    return Answer.json(
        status,
        out -> {
          out.writeStartObject();
          out.writeNullField("model");
          MergeJson.emptyArray(out, "warnings");
          out.writeArrayFieldStart("errors");
          for (String[] error : errors) {
            out.writeStartObject();
            out.writeObjectFieldStart("source");
            out.writeStringField("pointer", error[0]);
            out.writeEndObject();
            out.writeStringField("title", error[1].replace('_', ' ').toLowerCase(Locale.ROOT));
            out.writeStringField("detail", error[2]);
            out.writeStringField("problem_type", error[1]);
            out.writeEndObject();
          }
          out.writeEndArray();
          MergeJson.emptyArray(out, "logs");
          out.writeEndObject();
        });
  }

  private static JsonNode model(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      throw Rejection.misunderstood("POST /notes needs a JSON body: " + e.getMessage());
    }
    if (root == null || !root.path("model").isObject()) {
      throw Rejection.misunderstood("POST /notes needs a body {\"model\": {...}}");
    }
    JsonNode model = root.get("model");
    Set<String> unknown = new TreeSet<>();
    for (Iterator<String> names = model.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MODEL_FIELDS.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw Rejection.misunderstood(
          "unknown Note fields " + unknown + "; Merge takes " + new TreeSet<>(MODEL_FIELDS));
    }
    return model;
  }

  private static String text(JsonNode model, String field) {
    JsonNode value = model.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw Rejection.misunderstood("Note field " + field + " must be a string");
    }
    return value.asText();
  }

  static void note(JsonGenerator out, NoteRecord note) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", note.id());
    out.writeStringField("remote_id", note.remoteId());
    out.writeStringField("created_at", Times.merge(note.createdMicros()));
    out.writeStringField("modified_at", Times.merge(note.createdMicros()));
    out.writeStringField("owner", note.ownerId());
    out.writeStringField("content", note.content());
    out.writeStringField("contact", note.contactId());
    out.writeStringField("account", note.accountId());
    out.writeStringField("opportunity", note.opportunityId());
    out.writeStringField("remote_updated_at", Times.merge(note.createdMicros()));
    out.writeStringField("remote_created_at", Times.merge(note.createdMicros()));
    out.writeBooleanField("remote_was_deleted", false);
    MergeJson.fieldMappings(out);
    out.writeNullField("remote_data");
    MergeJson.emptyArray(out, "remote_fields");
    out.writeEndObject();
  }

  public Answer meta(AccountState account, Params params) {
    params.allow("GET /notes/meta/post", Set.of());
    return Answer.json(
        200,
        out -> {
          out.writeStartObject();
          out.writeObjectFieldStart("request_schema");
          out.writeStringField("type", "object");
          out.writeObjectFieldStart("properties");
          out.writeObjectFieldStart("model");
          out.writeStringField("type", "object");
          out.writeObjectFieldStart("properties");
          stringProperty(out, "content", MAX_CONTENT, null);
          for (String reference : List.of("owner", "contact", "account", "opportunity")) {
            stringProperty(out, reference, 0, "uuid");
          }
          out.writeObjectFieldStart("integration_params");
          out.writeStringField("type", "object");
          out.writeObjectFieldStart("properties");
          stringProperty(out, "title", MAX_TITLE, null);
          out.writeEndObject();
          out.writeArrayFieldStart("required");
          out.writeString("title");
          out.writeEndArray();
          out.writeEndObject();
          out.writeEndObject();
          out.writeArrayFieldStart("required");
          out.writeString("integration_params");
          out.writeEndArray();
          out.writeEndObject();
          out.writeEndObject();
          out.writeEndObject();
          out.writeObjectFieldStart("remote_field_classes");
          out.writeEndObject();
          out.writeObjectFieldStart("status");
          out.writeStringField("linked_account_status", "COMPLETE");
          out.writeBooleanField("can_make_request", true);
          out.writeEndObject();
          out.writeBooleanField("has_conditional_params", true);
          out.writeBooleanField("has_required_linked_account_params", false);
          out.writeEndObject();
        });
  }

  private static void stringProperty(JsonGenerator out, String name, int maxLength, String format)
      throws IOException {
    out.writeObjectFieldStart(name);
    out.writeArrayFieldStart("type");
    out.writeString("string");
    out.writeString("null");
    out.writeEndArray();
    if (maxLength > 0) {
      out.writeNumberField("maxLength", maxLength);
    }
    if (format != null) {
      out.writeStringField("format", format);
    }
    out.writeEndObject();
  }
}
