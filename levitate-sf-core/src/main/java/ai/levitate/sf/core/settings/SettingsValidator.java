package ai.levitate.sf.core.settings;

import ai.levitate.sf.core.internal.SalesforceIds;
import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldRole;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.LevitateContact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks settings against a field catalog and collects every problem, in settings order. */
final class SettingsValidator {
  private final FieldCatalog catalog;
  private final List<SettingsProblem> problems = new ArrayList<>();

  private SettingsValidator(FieldCatalog catalog) {
    this.catalog = catalog;
  }

  static List<SettingsProblem> validate(SyncSettings settings, FieldCatalog catalog) {
    SettingsValidator validator = new SettingsValidator(catalog);
    validator.check(settings);
    return List.copyOf(validator.problems);
  }

  private void check(SyncSettings settings) {
    settings.nicknameField().ifPresent(f -> field("nicknameField", f, FieldRole.NICKNAME));
    settings.deceased().ifPresent(d -> field("deceased.field", d.field(), FieldRole.DECEASED));
    settings.optOutField().ifPresent(f -> field("optOutField", f, FieldRole.OPT_OUT));

    Map<String, String> labels = new HashMap<>();
    List<KeyFactSetting> keyFacts = settings.effectiveKeyFacts();
    boolean implicitBirthdate = keyFacts.size() > settings.keyFacts().size();
    for (int i = 0; i < keyFacts.size(); i++) {
      KeyFactSetting keyFact = keyFacts.get(i);
      boolean birthdate = implicitBirthdate && i == 0;
      if (birthdate && !catalog.contains(SyncSettings.BIRTHDATE)) {
        problems.add(
            SettingsProblem.warning(
                "birthdateKeyFact",
                SyncSettings.BIRTHDATE,
                "birthdateKeyFact is on, but Birthdate is not a Contact field the connected"
                    + " Salesforce user can see, so no birthday becomes a key fact."));
        continue;
      }
      String setting =
          birthdate
              ? "birthdateKeyFact"
              : "keyFacts[" + (implicitBirthdate ? i - 1 : i) + "].field";
      Optional<FieldDescriptor> field = field(setting, keyFact.field(), FieldRole.KEY_FACT);
      Optional<String> label = keyFact.label().or(() -> field.map(FieldDescriptor::label));
      if (label.isPresent()) {
        String previous = labels.putIfAbsent(label.get().toLowerCase(Locale.ROOT), keyFact.field());
        if (previous != null) {
          problems.add(
              SettingsProblem.warning(
                  setting,
                  keyFact.field(),
                  setting
                      + " names "
                      + keyFact.field()
                      + " with the key fact label \""
                      + label.get()
                      + "\", which "
                      + previous
                      + " also uses."));
        }
      }
    }

    if (!settings.birthdateKeyFact()
        && !implicitBirthdate
        && settings.keyFacts().stream()
            .anyMatch(k -> k.field().equalsIgnoreCase(SyncSettings.BIRTHDATE))) {
      problems.add(
          SettingsProblem.warning(
              "birthdateKeyFact",
              SyncSettings.BIRTHDATE,
              "birthdateKeyFact is false, but keyFacts lists Birthdate, so it is a key fact."));
    }

    Set<String> tagFields = new HashSet<>();
    for (int i = 0; i < settings.tagFields().size(); i++) {
      String name = settings.tagFields().get(i);
      String setting = "tagFields[" + i + "]";
      if (!tagFields.add(name.toLowerCase(Locale.ROOT))) {
        problems.add(
            SettingsProblem.error(
                setting,
                name,
                setting + " names " + name + " again; each tag field is listed once."));
        continue;
      }
      field(setting, name, FieldRole.TAG).ifPresent(field -> ownTag(setting, field));
    }

    if (settings.householdTag() && settings.householdAccountTypes().isEmpty()) {
      problems.add(
          SettingsProblem.warning(
              "householdTag",
              null,
              "householdTag is on, but"
                  + " householdAccountTypes is empty, so no account is a household and no contact gets"
                  + " a household tag."));
    }

    Map<String, String> owners = new HashMap<>();
    settings.owners().keySet().stream()
        .sorted()
        .forEach(
            userId -> {
              String setting = "owners[" + userId + "]";
              if (!SalesforceIds.isUserId(userId)) {
                problems.add(
                    SettingsProblem.error(
                        setting,
                        null,
                        setting
                            + ": "
                            + userId
                            + " is not a Salesforce user id"
                            + " (15 or 18 letters and digits, starting with 005)."));
                return;
              }
              String previous = owners.putIfAbsent(SalesforceIds.shortForm(userId), userId);
              if (previous != null
                  && !settings.owners().get(previous).equals(settings.owners().get(userId))) {
                problems.add(
                    SettingsProblem.error(
                        setting,
                        null,
                        setting
                            + ": "
                            + userId
                            + " and "
                            + previous
                            + " are the same Salesforce user mapped to different Levitate users."));
              }
            });
  }

  /**
   * A checkbox tag field's tag is its label: one labelled like a tag the sync gives itself would be
   * taken for it (and {@code Unsubscribe} is sticky, so it could never be taken away).
   */
  private void ownTag(String setting, FieldDescriptor field) {
    if (field.type() != FieldType.CHECKBOX) {
      return;
    }
    String tag = Texts.clean(field.label());
    String clash;
    if (tag.equalsIgnoreCase(LevitateContact.SALESFORCE_TAG)) {
      clash =
          "the \"Salesforce\" tag every synced contact has; relabel the field in Salesforce or"
              + " leave it out.";
    } else if (tag.equalsIgnoreCase(LevitateContact.UNSUBSCRIBE_TAG)) {
      clash =
          "the \"Unsubscribe\" tag of an email opt-out; name it as optOutField instead, or"
              + " relabel the field in Salesforce.";
    } else {
      return;
    }
    problems.add(
        SettingsProblem.error(
            setting,
            field.apiName(),
            setting
                + " names "
                + field.apiName()
                + ", a CHECKBOX field labelled \""
                + field.label()
                + "\", whose tag would be "
                + clash));
  }

  private Optional<FieldDescriptor> field(String setting, String apiName, FieldRole role) {
    Optional<FieldDescriptor> found = catalog.field(apiName);
    if (found.isEmpty()) {
      problems.add(
          SettingsProblem.error(
              setting,
              apiName,
              setting
                  + " names "
                  + apiName
                  + ", which is not a Contact field the connected Salesforce user can see."));
      return found;
    }
    FieldDescriptor field = found.get();
    if (!role.allows(field.type())) {
      problems.add(
          SettingsProblem.error(
              setting,
              field.apiName(),
              setting
                  + " names "
                  + field.apiName()
                  + ", a "
                  + field.type()
                  + " field; "
                  + role.requirement()
                  + "."));
      return Optional.empty();
    }
    if (field.formula()) {
      problems.add(
          SettingsProblem.warning(
              setting,
              field.apiName(),
              setting
                  + " names "
                  + field.apiName()
                  + ", a formula field; Salesforce does not mark a"
                  + " contact changed when a formula's value changes, so only a full reconciliation"
                  + " sees it."));
    }
    return found;
  }
}
