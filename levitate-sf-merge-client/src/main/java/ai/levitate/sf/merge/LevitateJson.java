package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.writeback.LedgerEntry;
import ai.levitate.sf.core.writeback.WritebackReport;
import ai.levitate.sf.merge.internal.json.CatalogCodec;
import ai.levitate.sf.merge.internal.json.ContactCodec;
import ai.levitate.sf.merge.internal.json.ContactExportCodec;
import ai.levitate.sf.merge.internal.json.DiffCodec;
import ai.levitate.sf.merge.internal.json.LedgerCodec;
import ai.levitate.sf.merge.internal.json.ReportCodec;
import ai.levitate.sf.merge.internal.json.SettingsCodec;
import ai.levitate.sf.merge.internal.json.StateCodec;
import java.util.Objects;

/**
 * JSON for what hosts store and show: settings, field catalogs, Levitate contacts, run reports
 * (written only), and the sync state a host keeps for the engines (run state, contact states,
 * changes, held changes, write-back ledger entries). Output is one line with keys in a fixed order,
 * so equal values give equal bytes; reading is strict, and an unknown key or a value of the wrong
 * type is an {@link IllegalArgumentException} naming the key.
 *
 * <pre>{@code
 * SyncSettings settings = LevitateJson.readSettings(
 *     "{\"nicknameField\": \"Nickname__c\", \"tagFields\": [\"Interests__c\"]}");
 * String line = LevitateJson.writeContact(contact);   // one line of contacts.jsonl
 * }</pre>
 *
 * <p>Settings keys: {@code nicknameField}, {@code deceased} {@code {field, action}}, {@code
 * optOutField}, {@code keyFacts} {@code [{field, label}]} (date fields besides {@code Birthdate}),
 * {@code birthdateKeyFact} ({@code Birthdate} as a key fact whatever the list holds; {@code true}
 * unless it says {@code false}, as in Java), {@code tagFields}, {@code owners} (Salesforce user id
 * to Levitate user id), {@code defaultOwner}, {@code defaultPhoneRegion}, {@code writeback}
 * (activity types), {@code brake} {@code {maxShare, maxCount, minimumCount}} and {@code
 * allowUnsubscribeRemoval}.
 *
 * <p>The sync state formats are for a host's own storage (e.g. a JSON column beside the columns it
 * queries): opaque, but exact, so that reading what was written gives an equal value.
 *
 * <pre>{@code
 * ps.setString(1, LevitateJson.writeRunState(batch.runState()));
 * RunState state = LevitateJson.readRunState(rs.getString("state_json"));
 * }</pre>
 */
public final class LevitateJson {
  private LevitateJson() {}

  public static String writeSettings(SyncSettings settings) {
    return SettingsCodec.write(Objects.requireNonNull(settings, "settings == null"));
  }

  public static SyncSettings readSettings(String json) {
    return SettingsCodec.read(Objects.requireNonNull(json, "json == null"));
  }

  public static String writeCatalog(FieldCatalog catalog) {
    return CatalogCodec.write(Objects.requireNonNull(catalog, "catalog == null"));
  }

  public static FieldCatalog readCatalog(String json) {
    return CatalogCodec.read(Objects.requireNonNull(json, "json == null"));
  }

  /** The contact as one line of JSON, with the provenance of each value. */
  public static String writeContact(LevitateContact contact) {
    return ContactCodec.write(Objects.requireNonNull(contact, "contact == null"));
  }

  /**
   * The contact in the plain export shape, one line: the core model's field names, every key
   * present ({@code null} when absent), {@code tags} as a list of names, no provenance. This is the
   * shape of the harness's {@code contacts.jsonl}; it is written only.
   */
  public static String writeContactExport(LevitateContact contact) {
    return ContactExportCodec.write(Objects.requireNonNull(contact, "contact == null"));
  }

  public static LevitateContact readContact(String json) {
    return ContactCodec.read(Objects.requireNonNull(json, "json == null"));
  }

  /** The run state: watermark and the checkpoint of a run in progress. */
  public static String writeRunState(RunState state) {
    return StateCodec.writeRunState(Objects.requireNonNull(state, "state == null"));
  }

  public static RunState readRunState(String json) {
    return StateCodec.readRunState(Objects.requireNonNull(json, "json == null"));
  }

  public static String writeContactState(ContactState state) {
    return StateCodec.writeContactState(Objects.requireNonNull(state, "state == null"));
  }

  public static ContactState readContactState(String json) {
    return StateCodec.readContactState(Objects.requireNonNull(json, "json == null"));
  }

  /** A change the sync emitted, as one line of a change log. */
  public static String writeChange(ContactChange change) {
    return DiffCodec.writeChange(Objects.requireNonNull(change, "change == null"));
  }

  public static ContactChange readChange(String json) {
    return DiffCodec.readChange(Objects.requireNonNull(json, "json == null"));
  }

  /** An archive or removal the brake held, with the contact state it leads to. */
  public static String writeHeldChange(HeldChange held) {
    return DiffCodec.writeHeld(Objects.requireNonNull(held, "held == null"));
  }

  public static HeldChange readHeldChange(String json) {
    return DiffCodec.readHeld(Objects.requireNonNull(json, "json == null"));
  }

  public static String writeLedgerEntry(LedgerEntry entry) {
    return LedgerCodec.write(Objects.requireNonNull(entry, "entry == null"));
  }

  public static LedgerEntry readLedgerEntry(String json) {
    return LedgerCodec.read(Objects.requireNonNull(json, "json == null"));
  }

  /** A sync run's report as one line of JSON. */
  public static String writeReport(SyncReport report) {
    return ReportCodec.write(Objects.requireNonNull(report, "report == null"));
  }

  /** A write-back run's report as one line of JSON. */
  public static String writeReport(WritebackReport report) {
    return ReportCodec.write(Objects.requireNonNull(report, "report == null"));
  }
}
