package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.spi.NewerFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The kinds of JSON the library stores, each with its format version, written first in every
 * document as {@code "formatVersion"}. A document without the key is version 1: the unversioned
 * JSON of the releases before versions. A reader takes every version up to its kind's current one
 * and refuses a newer one with {@link NewerFormatException} before it looks at any other key, so a
 * worker that was not upgraded stops the account rather than fail on a key it does not know, or
 * rewrite what it could not read.
 *
 * <p>Bump a kind's version when its JSON gains a key or a key changes meaning, and keep reading the
 * older versions. A kind that embeds another bumps with it: a change and a held change embed a
 * contact, a held change a contact state. Version history:
 *
 * <ul>
 *   <li>settings 2: {@code householdAccountTypes}, {@code householdTag} and {@code
 *       defaultPhoneRegion}.
 *   <li>field catalog 2: a field may hold its {@code length}.
 *   <li>contact state 2, and held change 2 with it: {@code accountName}, {@code accountType} and
 *       {@code restoredAgainst}.
 *   <li>ledger entry 2: the state {@code SKIPPED}.
 *   <li>run state 2: a checkpoint and a watermark may hold {@code sourceStartedAt}, the source's
 *       clock when the run started, which bounds the incremental windows; a checkpoint's counts may
 *       hold {@code fieldProblems}.
 *   <li>sync report 2: {@code sourceClockSkewMillis}, {@code warnings} and, in its counts, {@code
 *       fieldProblems}.
 * </ul>
 */
enum Format {
  SETTINGS("settings", 2),
  CATALOG("field catalog", 2),
  CONTACT("contact", 1),
  CHANGE("contact change", 1),
  HELD_CHANGE("held change", 2),
  RUN_STATE("run state", 2),
  CONTACT_STATE("contact state", 2),
  LEDGER_ENTRY("ledger entry", 2),
  SYNC_REPORT("sync report", 2),
  WRITEBACK_REPORT("write-back report", 1);

  static final String KEY = "formatVersion";

  private final String what;
  private final int current;

  Format(String what, int current) {
    this.what = what;
    this.current = current;
  }

  /** What this kind is called in messages, e.g. {@code run state}. */
  String what() {
    return what;
  }

  /** The version this library writes, the newest it reads. */
  int current() {
    return current;
  }

  /** A new document of this kind: its version first. */
  ObjectNode object() {
    return Writer.object().put(KEY, current);
  }

  /**
   * The version of {@code root}, a document of this kind: 1 without the key.
   *
   * @throws NewerFormatException when a newer library wrote it
   * @throws IllegalArgumentException when the version is not a whole number from 1
   */
  int versionOf(JsonNode root) {
    JsonNode version = root.get(KEY);
    if (version == null || version.isNull()) {
      return 1;
    }
    if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
      throw new Strict.KeyException(
          what + " key \"" + KEY + "\" must be a whole number from 1, was " + version);
    }
    if (version.intValue() > current) {
      throw new NewerFormatException(what, version.intValue(), current);
    }
    return version.intValue();
  }
}
