package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.settings.DeceasedAction;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.MassArchiveBrake;
import ai.levitate.sf.core.settings.SyncSettings;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings as JSON, e.g. {@code {"nicknameField": "Nickname__c", "deceased": {"field":
 * "Deceased__c", "action": "ARCHIVE"}, "keyFacts": [{"field": "Anniversary__c"}], ...}}. Every key
 * means what the Java builder's method of the same name means: {@code Birthdate} is a key fact
 * unless {@code birthdateKeyFact} is {@code false}, whatever {@code keyFacts} lists.
 */
public final class SettingsCodec {
  private static final String[] KEYS = {
    "nicknameField",
    "deceased",
    "optOutField",
    "keyFacts",
    "birthdateKeyFact",
    "tagFields",
    "householdAccountTypes",
    "householdTag",
    "owners",
    "defaultOwner",
    "defaultPhoneRegion",
    "writeback",
    "brake",
    "allowUnsubscribeRemoval"
  };

  private SettingsCodec() {}

  public static String write(SyncSettings settings) {
    ObjectNode root = Format.SETTINGS.object();
    Writer.put(root, "nicknameField", settings.nicknameField());
    settings
        .deceased()
        .ifPresent(
            d ->
                root.putObject("deceased")
                    .put("field", d.field())
                    .put("action", d.action().name()));
    Writer.put(root, "optOutField", settings.optOutField());
    ArrayNode keyFacts = root.putArray("keyFacts");
    for (KeyFactSetting keyFact : settings.keyFacts()) {
      ObjectNode item = keyFacts.addObject().put("field", keyFact.field());
      Writer.put(item, "label", keyFact.label());
    }
    root.put("birthdateKeyFact", settings.birthdateKeyFact());
    ArrayNode tags = root.putArray("tagFields");
    settings.tagFields().forEach(tags::add);
    ArrayNode households = root.putArray("householdAccountTypes");
    settings.householdAccountTypes().forEach(households::add);
    root.put("householdTag", settings.householdTag());
    ObjectNode owners = root.putObject("owners");
    new TreeMap<>(settings.owners()).forEach(owners::put);
    Writer.put(root, "defaultOwner", settings.defaultOwner());
    root.put("defaultPhoneRegion", settings.defaultPhoneRegion());
    ArrayNode writeback = root.putArray("writeback");
    settings.writeback().stream().sorted().forEach(type -> writeback.add(type.name()));
    MassArchiveBrake brake = settings.brake();
    root.putObject("brake")
        .put("maxShare", brake.maxShare())
        .put("maxCount", brake.maxCount())
        .put("minimumCount", brake.minimumCount());
    root.put("allowUnsubscribeRemoval", settings.allowUnsubscribeRemoval());
    return Writer.text(root);
  }

  public static SyncSettings read(String json) {
    Strict root = Strict.parse(Format.SETTINGS, json, KEYS);
    SyncSettings.Builder settings = SyncSettings.builder();
    root.string("nicknameField").ifPresent(settings::nicknameField);
    root.object("deceased", "field", "action")
        .ifPresent(
            d ->
                settings.deceased(
                    d.build(
                        () ->
                            DeceasedSetting.of(
                                d.requiredString("field"),
                                d.enumValue("action", DeceasedAction.class)
                                    .orElse(DeceasedAction.ARCHIVE)))));
    root.string("optOutField").ifPresent(settings::optOutField);
    Optional<List<KeyFactSetting>> keyFacts =
        root.list(
            "keyFacts",
            item -> {
              Strict fact = item.object("field", "label");
              String field = fact.requiredString("field");
              return fact.build(
                  () ->
                      fact.string("label")
                          .map(label -> KeyFactSetting.of(field, label))
                          .orElseGet(() -> KeyFactSetting.of(field)));
            });
    keyFacts.ifPresent(settings::keyFacts);
    // As in the Java builder: Birthdate is a key fact unless the flag says false, whatever the
    // list holds.
    root.bool("birthdateKeyFact").ifPresent(settings::birthdateKeyFact);
    root.list("tagFields", Strict.Item::string).ifPresent(settings::tagFields);
    root.list("householdAccountTypes", Strict.Item::string)
        .ifPresent(settings::householdAccountTypes);
    root.bool("householdTag").ifPresent(settings::householdTag);
    root.stringMap("owners").ifPresent(settings::owners);
    root.string("defaultOwner").ifPresent(settings::defaultOwner);
    root.string("defaultPhoneRegion").ifPresent(settings::defaultPhoneRegion);
    root.list("writeback", item -> item.enumValue(ActivityType.class))
        .ifPresent(settings::writeback);
    root.object("brake", "maxShare", "maxCount", "minimumCount")
        .ifPresent(
            b -> {
              MassArchiveBrake.Builder brake = MassArchiveBrake.builder();
              b.number("maxShare").ifPresent(brake::maxShare);
              b.wholeNumber("maxCount").ifPresent(brake::maxCount);
              b.wholeNumber("minimumCount").ifPresent(brake::minimumCount);
              settings.brake(b.build(brake::build));
            });
    root.bool("allowUnsubscribeRemoval").ifPresent(settings::allowUnsubscribeRemoval);
    return settings.build();
  }
}
