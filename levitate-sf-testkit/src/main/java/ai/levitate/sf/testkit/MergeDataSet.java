package ai.levitate.sf.testkit;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.testkit.internal.AccountRecord;
import ai.levitate.sf.testkit.internal.ContactRecord;
import ai.levitate.sf.testkit.internal.ContactStore;
import ai.levitate.sf.testkit.internal.CrmData;
import ai.levitate.sf.testkit.internal.FieldClass;
import ai.levitate.sf.testkit.internal.RawAccounts;
import ai.levitate.sf.testkit.internal.RawContacts;
import ai.levitate.sf.testkit.internal.RawJson;
import ai.levitate.sf.testkit.internal.SourceViews;
import ai.levitate.sf.testkit.internal.StandardAccountFields;
import ai.levitate.sf.testkit.internal.StandardContactFields;
import ai.levitate.sf.testkit.internal.Times;
import ai.levitate.sf.testkit.internal.UserRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The Salesforce data of one linked account as Merge holds it: contact field classes, users,
 * accounts and contacts, with the changes a test makes to them. Every change moves Merge's {@code
 * modified_at} of what it changed to the data set's clock, as Merge would on its next sync;
 * renaming an account or user moves that record, not its contacts.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
 * MergeDataSet data = SalesforceDataGenerator.builder().seed(7).contacts(1_000).clock(clock).build().generate();
 * clock.advance(Duration.ofHours(1));
 * data.editContact(data.contactId(0), c -> c.set("Title", "CEO"));
 * data.deleteContact(data.contactId(1));
 * }</pre>
 *
 * <p>Thread-safe: the fake server reads it while a test changes it.
 */
public final class MergeDataSet {
  private final CrmData data;

  MergeDataSet(CrmData data) {
    this.data = data;
  }

  /** A data set with the standard and custom Contact fields of the generated org and no records. */
  public static MergeDataSet empty(long seed, Clock clock) {
    Objects.requireNonNull(clock, "clock == null");
    return new MergeDataSet(
        new CrmData(
            seed,
            clock,
            StandardContactFields.schema(seed),
            StandardAccountFields.schema(seed),
            new ContactStore(null),
            List.of(),
            List.of()));
  }

  CrmData data() {
    return data;
  }

  public int contactCount() {
    return data.read(() -> data.contacts().size());
  }

  /** The Merge id of the contact at {@code index} in Merge's list order. */
  public String contactId(int index) {
    return data.read(
        () -> {
          checkIndex(index);
          return data.contacts().id(index);
        });
  }

  /** The contact as a correct client would read it, or empty for an unknown id. */
  public Optional<SourceContact> contact(String id) {
    Objects.requireNonNull(id, "id == null");
    return data.read(
        () -> {
          int index = data.contacts().indexOfId(id);
          return index < 0
              ? Optional.<SourceContact>empty()
              : Optional.of(SourceViews.contact(data.contacts().record(index), data));
        });
  }

  /** The Contact fields, as Merge's remote field classes describe them, in Merge's order. */
  public List<FieldDescriptor> contactFields() {
    List<FieldDescriptor> fields = new ArrayList<>();
    for (FieldClass fieldClass : data.schema().classes()) {
      fields.add(fieldClass.descriptor());
    }
    return fields;
  }

  /** The accounts as Merge's accounts list returns them, with their remote fields. */
  public List<SourceAccount> accounts() {
    return data.read(
        () -> data.accounts().stream().map(a -> SourceViews.account(a, data)).toList());
  }

  public List<SourceUser> users() {
    return data.read(() -> data.users().stream().map(SourceViews::user).toList());
  }

  /** Adds a contact at the end of Merge's list; returns its Merge id. */
  public String addContact(Consumer<ContactEditor> edits) {
    Objects.requireNonNull(edits, "edits == null");
    return data.write(
        () -> {
          long now = data.stamp();
          String[] ids = data.newContactIds();
          if (data.fromFixture()) {
            RawContactEditor editor =
                new RawContactEditor(data, RawContacts.blank(ids[0], ids[1], now, data));
            edits.accept(editor);
            data.contacts().append(RawContacts.record(editor.node, now));
            return ids[0];
          }
          Object[] values = new Object[data.schema().size()];
          for (int i = 0; i < values.length; i++) {
            values[i] = data.schema().get(i).type() == FieldType.CHECKBOX ? Boolean.FALSE : null;
          }
          RecordEditor editor = new RecordEditor(data, values, null, null);
          edits.accept(editor);
          data.contacts()
              .append(
                  new ContactRecord(
                      ids[0],
                      ids[1],
                      now,
                      now,
                      now,
                      editor.accountId,
                      editor.ownerId,
                      false,
                      false,
                      editor.values));
          return ids[0];
        });
  }

  /**
   * Adds a shell record (ids and metadata only), which Merge lists only with {@code
   * include_shell_data=true}; returns its Merge id.
   */
  public String addShellContact() {
    return data.write(
        () -> {
          long now = data.stamp();
          String[] ids = data.newContactIds();
          if (data.fromFixture()) {
            data.contacts().append(RawContacts.record(RawContacts.shell(ids[0], ids[1], now), now));
          } else {
            data.contacts()
                .append(
                    new ContactRecord(
                        ids[0],
                        ids[1],
                        now,
                        now,
                        now,
                        null,
                        null,
                        false,
                        true,
                        new Object[data.schema().size()]));
          }
          return ids[0];
        });
  }

  /**
   * Applies {@code edits} as one change; a change that alters nothing leaves the contact alone. A
   * contact loaded from a fixture is changed in its JSON, where Merge holds each field.
   */
  public void editContact(String id, Consumer<ContactEditor> edits) {
    Objects.requireNonNull(edits, "edits == null");
    change(
        id,
        contact -> {
          if (contact.raw() != null) {
            RawContactEditor editor = new RawContactEditor(data, contact.raw().deepCopy());
            edits.accept(editor);
            return editor.node.equals(contact.raw()) ? contact : stamped(contact, editor.node);
          }
          RecordEditor editor =
              new RecordEditor(
                  data, contact.copyOfValues(), contact.accountId(), contact.ownerId());
          edits.accept(editor);
          ContactRecord changed =
              contact
                  .withValues(editor.values, contact.modifiedMicros())
                  .withLinks(editor.accountId, editor.ownerId, contact.modifiedMicros());
          return changed.equals(contact)
              ? contact
              : changed.withLinks(editor.accountId, editor.ownerId, data.stamp());
        });
  }

  /** Marks the contact deleted in Salesforce ({@code remote_was_deleted}). */
  public void deleteContact(String id) {
    change(id, contact -> contact.deleted() ? contact : deleted(contact, true));
  }

  /** Brings back a contact deleted in Salesforce. */
  public void restoreContact(String id) {
    change(id, contact -> contact.deleted() ? deleted(contact, false) : contact);
  }

  private ContactRecord deleted(ContactRecord contact, boolean deleted) {
    if (contact.raw() == null) {
      return contact.withDeleted(deleted, data.stamp());
    }
    ObjectNode changed = contact.raw().deepCopy();
    changed.put("remote_was_deleted", deleted);
    return stamped(contact, changed);
  }

  /** A fixture contact changed to {@code changed}, which Merge stamps with the change's time. */
  private ContactRecord stamped(ContactRecord contact, ObjectNode changed) {
    RawJson.stamp(changed, data.stamp());
    return RawContacts.record(changed, contact.createdMicros());
  }

  /**
   * Marks the contact deceased the way the generated org records it: {@code Deceased__c} checked
   * and {@code DeceasedDate} set to now, where the org has those fields.
   */
  public void markDeceased(String id) {
    editContact(
        id,
        contact -> {
          if (data.schema().indexOf("Deceased__c") >= 0) {
            contact.set("Deceased__c", true);
          }
          if (data.schema().indexOf("DeceasedDate") >= 0) {
            contact.set("DeceasedDate", data.clock().instant());
          }
        });
  }

  /** Checks {@code HasOptedOutOfEmail} on the contact. */
  public void markOptedOut(String id) {
    editContact(id, contact -> contact.set("HasOptedOutOfEmail", true));
  }

  /** Adds an account; returns its Merge id. */
  public String addAccount(String name) {
    Objects.requireNonNull(name, "name == null");
    return data.write(
        () -> {
          long now = data.stamp();
          String[] ids = data.newAccountIds();
          AccountRecord account =
              new AccountRecord(
                  ids[0], ids[1], name, null, null, null, null, null, now, now, now, false,
                  Map.of());
          data.putAccount(
              data.fromFixture() ? RawAccounts.asFixtureRecord(account, data) : account);
          return ids[0];
        });
  }

  /**
   * Sets the account's remote fields named in {@code fields} ({@code Type}, {@code
   * IsPersonAccount}, ...; a null value clears one), moving the account's {@code modified_at} as
   * Merge does when a remote field changes; its contacts' stay.
   */
  public void editAccount(String accountId, Map<String, ?> fields) {
    Objects.requireNonNull(fields, "fields == null");
    changeAccount(
        accountId,
        account -> {
          Map<String, Object> values = new HashMap<>(account.fields());
          fields.forEach(
              (name, value) -> {
                if (data.accountSchema().indexOf(name) < 0) {
                  throw new IllegalArgumentException(
                      "the data set's accounts have no field " + name);
                }
                if (value == null) {
                  values.remove(name);
                } else {
                  values.put(name, value);
                }
              });
          return values.equals(account.fields())
              ? account
              : RawAccounts.withFields(account, values, data.stamp(), data);
        });
  }

  /** Marks the account deleted in Salesforce ({@code remote_was_deleted}). */
  public void deleteAccount(String accountId) {
    changeAccount(
        accountId,
        account -> account.deleted() ? account : RawAccounts.deleted(account, data.stamp(), data));
  }

  /** Renames an account, moving the account's {@code modified_at} (not its contacts'). */
  public void renameAccount(String accountId, String name) {
    Objects.requireNonNull(name, "name == null");
    changeAccount(
        accountId,
        account -> {
          if (name.equals(account.name())) {
            return account;
          }
          AccountRecord renamed = account.withName(name, data.stamp());
          RawContacts.renameExpanded(data, "account", renamed.id(), name, renamed.modifiedMicros());
          return renamed;
        });
  }

  private void changeAccount(String accountId, UnaryOperator<AccountRecord> change) {
    data.write(
        () -> {
          AccountRecord account =
              data.account(Objects.requireNonNull(accountId, "accountId == null"));
          if (account == null) {
            throw new IllegalArgumentException(
                "accountId " + accountId + " names no account of this data set");
          }
          AccountRecord changed = change.apply(account);
          if (changed != account) {
            data.putAccount(changed);
          }
          return null;
        });
  }

  /** Adds an active user; returns its Merge id. */
  public String addUser(String name, String email) {
    Objects.requireNonNull(name, "name == null");
    return data.write(
        () -> {
          long now = data.stamp();
          String[] ids = data.newUserIds();
          UserRecord user = new UserRecord(ids[0], ids[1], name, email, true, now, now, false);
          data.putUser(data.fromFixture() ? RawContacts.asFixtureRecord(user) : user);
          return ids[0];
        });
  }

  /** Renames a user, moving the user's {@code modified_at} (not the contacts it owns). */
  public void renameOwner(String userId, String name) {
    Objects.requireNonNull(name, "name == null");
    data.write(
        () -> {
          UserRecord user = data.user(Objects.requireNonNull(userId, "userId == null"));
          if (user == null) {
            throw new IllegalArgumentException(
                "userId " + userId + " names no user of this data set");
          }
          if (!name.equals(user.name())) {
            UserRecord renamed = user.withName(name, data.stamp());
            data.putUser(renamed);
            RawContacts.renameExpanded(data, "owner", renamed.id(), name, renamed.modifiedMicros());
          }
          return null;
        });
  }

  /**
   * The latest {@code modified_at} of any contact, account or user, as Merge stamped it: for a
   * fixture, the moment its data was taken, or just before. Reads every record.
   */
  public Optional<Instant> latestModifiedAt() {
    return data.read(
        () -> {
          long latest = Long.MIN_VALUE;
          ContactStore contacts = data.contacts();
          for (int i = 0; i < contacts.size(); i++) {
            latest = Math.max(latest, contacts.modifiedMicros(i));
          }
          for (AccountRecord account : data.accounts()) {
            latest = Math.max(latest, account.modifiedMicros());
          }
          for (UserRecord user : data.users()) {
            latest = Math.max(latest, user.modifiedMicros());
          }
          return latest == Long.MIN_VALUE
              ? Optional.<Instant>empty()
              : Optional.of(Times.instant(latest));
        });
  }

  /** When Merge last changed the contact. */
  public Instant modifiedAt(String contactId) {
    return data.read(() -> Times.instant(data.contacts().modifiedMicros(indexOf(contactId))));
  }

  private void change(String id, UnaryOperator<ContactRecord> change) {
    data.write(
        () -> {
          int index = indexOf(id);
          ContactRecord before = data.contacts().record(index);
          ContactRecord after = change.apply(before);
          if (after != before) {
            data.contacts().replace(index, after);
          }
          return null;
        });
  }

  private int indexOf(String id) {
    int index = data.contacts().indexOfId(Objects.requireNonNull(id, "id == null"));
    if (index < 0) {
      throw new IllegalArgumentException("id " + id + " names no contact of this data set");
    }
    return index;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= data.contacts().size()) {
      throw new IllegalArgumentException(
          "index must be between 0 and " + (data.contacts().size() - 1) + ", was " + index);
    }
  }
}
