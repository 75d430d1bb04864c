package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a data set in the fixture format: {@code contactRemoteFieldClasses}, {@code
 * accountRemoteFieldClasses}, {@code users}, {@code accounts} with their remote fields, then {@code
 * contacts} as Merge returns them with {@code expand=account,owner} and {@code
 * include_remote_fields=true}; records loaded from a fixture as they are held (as the fixture gave
 * them, with the changes made since). Contacts are streamed, so a generated million-contact data
 * set is written without holding it.
 */
public final class FixtureWriter {
  private FixtureWriter() {}

  public static void write(CrmData data, OutputStream stream) throws IOException {
    try (JsonGenerator out = Answer.JSON.createGenerator(stream, JsonEncoding.UTF8)) {
      out.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      out.useDefaultPrettyPrinter();
      IOException failure =
          data.read(
              () -> {
                try {
                  body(out, data);
                  return null;
                } catch (IOException e) {
                  return e;
                }
              });
      if (failure != null) {
        throw failure;
      }
    }
  }

  private static void body(JsonGenerator out, CrmData data) throws IOException {
    out.writeStartObject();
    out.writeArrayFieldStart("contactRemoteFieldClasses");
    if (data.fromFixture()) {
      for (ObjectNode fieldClass : data.rawClasses()) {
        RawJson.write(out, fieldClass);
      }
    } else {
      for (FieldClass fieldClass : data.schema().classes()) {
        MergeJson.fieldClass(out, fieldClass);
      }
    }
    out.writeEndArray();
    out.writeArrayFieldStart("accountRemoteFieldClasses");
    if (data.fromFixture()) {
      for (ObjectNode fieldClass : data.rawAccountClasses()) {
        RawJson.write(out, fieldClass);
      }
    } else {
      for (FieldClass fieldClass : data.accountSchema().classes()) {
        MergeJson.fieldClass(out, fieldClass);
      }
    }
    out.writeEndArray();
    out.writeArrayFieldStart("users");
    for (UserRecord user : data.users()) {
      if (user.raw() != null) {
        RawJson.write(out, user.raw());
      } else {
        MergeJson.user(out, user);
      }
    }
    out.writeEndArray();
    out.writeArrayFieldStart("accounts");
    for (AccountRecord account : data.accounts()) {
      if (account.raw() != null) {
        RawJson.write(out, account.raw());
      } else {
        MergeJson.account(out, account, false, true, false, data);
      }
    }
    out.writeEndArray();
    out.writeArrayFieldStart("contacts");
    ContactStore contacts = data.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      ContactRecord contact = contacts.record(i);
      if (contact.raw() != null) {
        RawJson.write(out, contact.raw());
      } else {
        MergeJson.contact(out, contact, ContactView.FIXTURE, data);
      }
    }
    out.writeEndArray();
    out.writeEndObject();
  }
}
