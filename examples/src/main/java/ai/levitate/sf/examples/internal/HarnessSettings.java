package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SettingsProblem;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.merge.LevitateJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The settings a harness run uses: the {@code --settings} file, or sensible ones for the catalog.
 */
public final class HarnessSettings {
  private HarnessSettings() {}

  /** Reads {@code file} with the client's settings codec; a mistake is a {@link UsageException}. */
  public static SyncSettings read(Path file) throws IOException {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("--settings " + file + " does not exist.");
    }
    try {
      return LevitateJson.readSettings(json);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--settings " + file + ": " + e.getMessage());
    }
  }

  /**
   * Settings for a data set nobody configured: each of the generated org's fields the catalog has
   * (nickname, deceased, opt-out, anniversary and review dates, interest and tier tags), the first
   * users mapped to Levitate users, and every activity type written back.
   */
  public static SyncSettings sensible(FieldCatalog catalog, List<SourceUser> users) {
    var settings = SyncSettings.builder();
    if (has(catalog, "Nickname__c", FieldType.STRING)) {
      settings.nicknameField("Nickname__c");
    }
    if (has(catalog, "Deceased__c", FieldType.CHECKBOX)) {
      settings.deceased(DeceasedSetting.archive("Deceased__c"));
    }
    if (has(catalog, "HasOptedOutOfEmail", FieldType.CHECKBOX)) {
      settings.optOutField("HasOptedOutOfEmail");
    }
    settings.birthdateKeyFact(has(catalog, SyncSettings.BIRTHDATE, FieldType.DATE));
    List<KeyFactSetting> keyFacts = new ArrayList<>();
    if (has(catalog, "Anniversary__c", FieldType.DATE)) {
      keyFacts.add(KeyFactSetting.of("Anniversary__c", "Anniversary"));
    }
    if (has(catalog, "Review_Date__c", FieldType.DATE)) {
      keyFacts.add(KeyFactSetting.of("Review_Date__c", "Annual review"));
    }
    settings.keyFacts(keyFacts);
    for (String tag : List.of("Interests__c", "VIP__c", "Client_Tier__c", "LeadSource")) {
      if (catalog.contains(tag)) {
        settings.addTagFields(tag);
      }
    }
    int mapped = 0;
    for (SourceUser user : users) {
      Optional<String> salesforceId = user.remoteId();
      if (salesforceId.isPresent() && mapped < 3) {
        settings.putOwners(salesforceId.get(), "lev-user-" + ++mapped);
      }
    }
    Set<ActivityType> all = EnumSet.allOf(ActivityType.class);
    return settings.writeback(all).build();
  }

  /** The errors of {@code settings} against the catalog, one sentence each. */
  public static List<String> errors(SyncSettings settings, FieldCatalog catalog) {
    return settings.validate(catalog).stream()
        .filter(SettingsProblem::isError)
        .map(p -> "--settings " + p.setting() + ": " + p.message())
        .toList();
  }

  /** The warnings of {@code settings} against the catalog. */
  public static List<String> warnings(SyncSettings settings, FieldCatalog catalog) {
    return settings.validate(catalog).stream()
        .filter(p -> !p.isError())
        .map(p -> p.setting() + ": " + p.message())
        .toList();
  }

  private static boolean has(FieldCatalog catalog, String field, FieldType type) {
    return catalog.field(field).filter(f -> f.type() == type).isPresent();
  }
}
