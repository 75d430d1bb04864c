package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.testkit.FaultKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * {@code GET /contacts}, {@code GET /contacts/{id}} and {@code GET /contacts/remote-field-classes}.
 */
public final class ContactEndpoints {
  static final Set<String> LIST_PARAMS =
      CrmEndpoints.with(
          CrmEndpoints.COMMON, "account_id", "email_addresses", "expand", "phone_numbers");
  static final Set<String> CLASS_PARAMS =
      Set.of(
          "cursor",
          "page_size",
          "is_custom",
          "is_common_model_field",
          "include_deleted_data",
          "include_remote_data",
          "include_shell_data",
          "include_remote_fields");
  static final Set<String> EXPANDABLE = Set.of("account", "owner");

  private final boolean classesAsIds;

  public ContactEndpoints(boolean classesAsIds) {
    this.classesAsIds = classesAsIds;
  }

  public Answer list(AccountState account, Params params, FaultKind fault) {
    params.allow("GET /contacts", LIST_PARAMS);
    ContactView view = view(params);
    CrmData data = account.data();
    IntPredicate matches = filter(data, params);
    return data.read(
        () ->
            Lists.page(
                data.contacts().size(),
                matches,
                params,
                (out, i, shell) -> {
                  ContactRecord contact = data.contacts().record(i);
                  if (shell) {
                    contact =
                        new ContactRecord(
                            contact.id(),
                            contact.remoteId(),
                            contact.createdMicros(),
                            contact.modifiedMicros(),
                            contact.remoteCreatedMicros(),
                            null,
                            null,
                            false,
                            true,
                            new Object[0]);
                  }
                  MergeJson.contact(out, contact, view, data);
                },
                fault));
  }

  public Answer get(AccountState account, String id, Params params) {
    params.allow("GET /contacts/{id}", CrmEndpoints.GET_PARAMS);
    ContactView view = view(params);
    boolean includeShell = params.flag("include_shell_data");
    CrmData data = account.data();
    return data.read(
        () -> {
          int index = data.contacts().indexOfId(id);
          if (index < 0 || (data.contacts().shell(index) && !includeShell)) {
            return Answer.detail(404, "Not found.");
          }
          ContactRecord contact = data.contacts().record(index);
          return Answer.json(200, out -> MergeJson.contact(out, contact, view, data));
        });
  }

  public Answer fieldClasses(AccountState account, Params params, FaultKind fault) {
    params.allow("GET /contacts/remote-field-classes", CLASS_PARAMS);
    CrmData data = account.data();
    return classes(data.schema(), data.fromFixture() ? data.rawClasses() : null, params, fault);
  }

  /**
   * A page of remote field classes, of Contact or of Account: a fixture's as it lists them ({@code
   * raw}), or else the fake's.
   */
  static Answer classes(FieldSchema schema, List<ObjectNode> raw, Params params, FaultKind fault) {
    Boolean custom = params.last("is_custom") == null ? null : params.flag("is_custom");
    Boolean common =
        params.last("is_common_model_field") == null ? null : params.flag("is_common_model_field");
    if (raw != null) {
      return fixtureClasses(raw, custom, common, params, fault);
    }
    IntPredicate matches =
        i ->
            (custom == null || schema.get(i).descriptor().custom() == custom)
                && (common == null || schema.get(i).commonModelField() == common);
    return Lists.page(
        schema.size(),
        matches,
        params,
        (out, i, shell) -> {
          FieldClass fieldClass = schema.get(i);
          if (shell) {
            Lists.shell(out, fieldClass.id(), fieldClass.apiName(), 0, 0);
          } else {
            MergeJson.fieldClass(out, fieldClass);
          }
        },
        fault);
  }

  /** A fixture's classes, as it lists them; a filter reads the class's own flag. */
  private static Answer fixtureClasses(
      List<ObjectNode> classes, Boolean custom, Boolean common, Params params, FaultKind fault) {
    IntPredicate matches =
        i ->
            (custom == null || classes.get(i).path("is_custom").asBoolean(false) == custom)
                && (common == null
                    || classes.get(i).path("is_common_model_field").asBoolean(false) == common);
    return Lists.page(
        classes.size(),
        matches,
        params,
        (out, i, shell) -> {
          ObjectNode fieldClass = classes.get(i);
          if (shell) {
            Lists.shell(
                out,
                RawJson.text(fieldClass, "id"),
                RawJson.text(fieldClass, "remote_key_name"),
                0,
                0);
          } else {
            RawJson.write(out, fieldClass);
          }
        },
        fault);
  }

  private ContactView view(Params params) {
    Set<String> expand = params.expand(EXPANDABLE);
    return new ContactView(
        expand.contains("account"),
        expand.contains("owner"),
        params.flag("include_remote_fields"),
        params.flag("include_remote_data"),
        classesAsIds);
  }

  private static IntPredicate filter(CrmData data, Params params) {
    ContactStore store = data.contacts();
    boolean includeDeleted = params.flag("include_deleted_data");
    boolean includeShell = params.flag("include_shell_data");
    long createdAfter = params.micros("created_after", Long.MIN_VALUE);
    long createdBefore = params.micros("created_before", Long.MAX_VALUE);
    long modifiedAfter = params.micros("modified_after", Long.MIN_VALUE);
    long modifiedBefore = params.micros("modified_before", Long.MAX_VALUE);
    String accountId = params.last("account_id");
    String remoteId = params.last("remote_id");
    int remoteIndex = remoteId == null ? -1 : data.read(() -> store.indexOfRemoteId(remoteId));
    Set<String> emails = csv(params.last("email_addresses"), false);
    Set<String> phones = csv(params.last("phone_numbers"), true);
    return i -> {
      if (remoteId != null && i != remoteIndex) {
        return false;
      }
      if ((!includeDeleted && store.deleted(i)) || (!includeShell && store.shell(i))) {
        return false;
      }
      long created = store.createdMicros(i);
      if (created <= createdAfter || created >= createdBefore) {
        return false;
      }
      long modified = store.modifiedMicros(i);
      if (modified <= modifiedAfter || modified >= modifiedBefore) {
        return false;
      }
      if (accountId != null && !accountId.equals(store.accountId(i))) {
        return false;
      }
      if (emails == null && phones == null) {
        return true;
      }
      ContactRecord contact = store.record(i);
      if (contact.raw() != null) {
        return (emails == null
                || RawContacts.emails(contact.raw()).stream()
                    .anyMatch(e -> emails.contains(e.toLowerCase(Locale.ROOT))))
            && (phones == null
                || RawContacts.phones(contact.raw()).stream()
                    .anyMatch(p -> phones.contains(digits(p))));
      }
      return (emails == null
              || CommonModel.emails(contact, data.schema()).stream()
                  .anyMatch(e -> emails.contains(e[0].toLowerCase(Locale.ROOT))))
          && (phones == null
              || CommonModel.phones(contact, data.schema()).stream()
                  .anyMatch(p -> phones.contains(digits(p[0]))));
    };
  }

  private static Set<String> csv(String value, boolean digitsOnly) {
    if (value == null) {
      return null;
    }
    Set<String> out = new HashSet<>();
    for (String part : value.split(",")) {
      String item = part.strip();
      if (!item.isEmpty()) {
        out.add(digitsOnly ? digits(item) : item.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  private static String digits(String phone) {
    return phone.replaceAll("[^0-9]", "");
  }
}
