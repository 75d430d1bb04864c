package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldType;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /passthrough}: the one Salesforce call the sync makes through Merge, a describe of
 * Contact, answered from the linked account's field classes. Any other passthrough is a loud
 * rejection: the fake does not pretend to be all of Salesforce.
 */
public final class Passthrough {
  private static final Pattern DESCRIBE =
      Pattern.compile("/?services/data/v\\d+\\.\\d+/sobjects/Contact/describe/?");
  private static final Set<String> FIELDS =
      Set.of(
          "method",
          "path",
          "base_url_override",
          "request_format",
          "headers",
          "data",
          "normalize_response",
          "multipart_form_data");
  private static final Map<String, Integer> LENGTHS =
      Map.of(
          "FirstName",
          40,
          "LastName",
          80,
          "Title",
          128,
          "Email",
          80,
          "MailingCity",
          40,
          "MailingState",
          80,
          "MailingCountry",
          80,
          "MailingPostalCode",
          20,
          "Department",
          80,
          "MailingStreet",
          255);

  private Passthrough() {}

  public static Answer answer(AccountState account, Params params, byte[] body) {
    params.allow("POST /passthrough", Set.of());
    JsonNode request;
    try {
      request = NoteEndpoints.MAPPER.readTree(body);
    } catch (IOException e) {
      throw Rejection.misunderstood("POST /passthrough needs a JSON body: " + e.getMessage());
    }
    if (request == null || !request.isObject()) {
      throw Rejection.misunderstood("POST /passthrough needs a JSON object body");
    }
    request
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!FIELDS.contains(name)) {
                throw Rejection.misunderstood("unknown passthrough field " + name);
              }
            });
    String method = request.path("method").asText("");
    String path = request.path("path").asText("");
    if (!method.equals("GET") || !DESCRIBE.matcher(path).matches()) {
      throw Rejection.misunderstood(
          "the fake answers only GET /services/data/vNN.N/sobjects/"
              + "Contact/describe through passthrough, not "
              + method
              + " "
              + path);
    }
    FieldSchema schema = account.data().schema();
    return Answer.json(
        200,
        out -> {
          out.writeStartObject();
          out.writeStringField("method", method);
          out.writeStringField("path", path);
          out.writeNumberField("status", 200);
          out.writeFieldName("response");
          describe(out, schema);
          out.writeObjectFieldStart("response_headers");
          out.writeStringField("Content-Type", "application/json;charset=UTF-8");
          out.writeEndObject();
          out.writeStringField("response_type", "JSON");
          out.writeFieldName("headers");
          JsonNode headers = request.path("headers");
          NoteEndpoints.MAPPER.writeTree(
              out, headers.isObject() ? headers : NoteEndpoints.MAPPER.createObjectNode());
          out.writeEndObject();
        });
  }

  private static void describe(JsonGenerator out, FieldSchema schema) throws IOException {
    out.writeStartObject();
    out.writeStringField("name", "Contact");
    out.writeStringField("label", "Contact");
    out.writeStringField("labelPlural", "Contacts");
    out.writeBooleanField("custom", false);
    out.writeBooleanField("queryable", true);
    out.writeArrayFieldStart("fields");
    out.writeStartObject();
    out.writeStringField("name", "Id");
    out.writeStringField("label", "Contact ID");
    out.writeStringField("type", "id");
    out.writeBooleanField("custom", false);
    out.writeBooleanField("calculated", false);
    out.writeBooleanField("nillable", false);
    out.writeNumberField("length", 18);
    out.writeArrayFieldStart("picklistValues");
    out.writeEndArray();
    out.writeArrayFieldStart("referenceTo");
    out.writeEndArray();
    out.writeEndObject();
    for (FieldClass fieldClass : schema.classes()) {
      var descriptor = fieldClass.descriptor();
      out.writeStartObject();
      out.writeStringField("name", descriptor.apiName());
      out.writeStringField("label", descriptor.label());
      out.writeStringField("type", fieldClass.salesforceType());
      out.writeBooleanField("custom", descriptor.custom());
      out.writeBooleanField("calculated", descriptor.formula());
      out.writeBooleanField(
          "nillable", !fieldClass.required() && fieldClass.type() != FieldType.CHECKBOX);
      out.writeNumberField("length", length(fieldClass));
      out.writeArrayFieldStart("picklistValues");
      for (var choice : descriptor.choices()) {
        out.writeStartObject();
        out.writeBooleanField("active", choice.active());
        out.writeBooleanField("defaultValue", false);
        out.writeStringField("label", choice.label());
        out.writeNullField("validFor");
        out.writeStringField("value", choice.value());
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeArrayFieldStart("referenceTo");
      if (descriptor.apiName().equals("AccountId")) {
        out.writeString("Account");
      } else if (descriptor.apiName().equals("OwnerId")) {
        out.writeString("User");
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static int length(FieldClass fieldClass) {
    switch (fieldClass.type()) {
      case STRING:
      case TEXTAREA:
      case EMAIL:
        return LENGTHS.getOrDefault(fieldClass.apiName(), 255);
      case PHONE:
        return 40;
      case PICKLIST:
        return 255;
      case MULTIPICKLIST:
        return 4099;
      case REFERENCE:
        return 18;
      default:
        return 0;
    }
  }
}
