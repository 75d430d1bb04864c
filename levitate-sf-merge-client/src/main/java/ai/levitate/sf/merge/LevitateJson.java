package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.writeback.WritebackReport;
import ai.levitate.sf.merge.internal.json.CatalogCodec;
import ai.levitate.sf.merge.internal.json.ContactCodec;
import ai.levitate.sf.merge.internal.json.ReportCodec;
import ai.levitate.sf.merge.internal.json.SettingsCodec;
import java.util.Objects;

/**
 * JSON for what hosts store and show: settings, field catalogs, Levitate contacts and run reports
 * (reports are written only). Output is one
 * line with keys in a fixed order, so equal values give equal bytes; reading is strict, and an
 * unknown key or a value of the wrong type is an {@link IllegalArgumentException} naming the key.
 *
 * <pre>{@code
 * SyncSettings settings = LevitateJson.readSettings(
 *     "{\"nicknameField\": \"Nickname__c\", \"tagFields\": [\"Interests__c\"]}");
 * String line = LevitateJson.writeContact(contact);   // one line of contacts.jsonl
 * }</pre>
 *
 * <p>Settings keys: {@code nicknameField}, {@code deceased} {@code {field, action}}, {@code
 * optOutField}, {@code keyFacts} {@code [{field, label}]} (absent keeps the {@code Birthdate}
 * default, a list is the whole set and {@code []} means none), {@code birthdateKeyFact} (Birthdate
 * as a key fact even when the list leaves it out), {@code tagFields}, {@code owners} (Salesforce user id to
 * Levitate user id), {@code defaultOwner}, {@code writeback} (activity types), {@code brake}
 * {@code {maxShare, maxCount, minimumCount}} and {@code allowUnsubscribeRemoval}.
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

  public static LevitateContact readContact(String json) {
    return ContactCodec.read(Objects.requireNonNull(json, "json == null"));
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
