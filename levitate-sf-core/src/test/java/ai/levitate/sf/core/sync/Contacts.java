package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.DeceasedAction;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.transform.ContactTransformer;
import ai.levitate.sf.core.transform.TransformResult;
import java.time.LocalDate;

/** Small fixtures for the engine's pure parts: one catalog, settings, and a contact to vary. */
final class Contacts {
  static final FieldCatalog CATALOG =
      FieldCatalog.of(
          FieldDescriptor.of("Title", "Title", FieldType.STRING),
          FieldDescriptor.of("Birthdate", "Birthdate", FieldType.DATE),
          FieldDescriptor.of("Interests__c", "Interests", FieldType.MULTIPICKLIST),
          FieldDescriptor.of("Deceased__c", "Deceased", FieldType.CHECKBOX),
          FieldDescriptor.of("HasOptedOutOfEmail", "Email Opt Out", FieldType.CHECKBOX));

  private Contacts() {}

  static SyncSettings settings() {
    return settings(DeceasedAction.ARCHIVE, false);
  }

  static SyncSettings settings(DeceasedAction deceased, boolean allowUnsubscribeRemoval) {
    return SyncSettings.builder()
        .deceased(DeceasedSetting.of("Deceased__c", deceased))
        .optOutField("HasOptedOutOfEmail")
        .addKeyFacts(KeyFactSetting.of("Birthdate"))
        .addTagFields("Interests__c")
        .allowUnsubscribeRemoval(allowUnsubscribeRemoval)
        .build();
  }

  static SourceContact.Builder ada() {
    return SourceContact.builder()
        .mergeId("mc-1")
        .remoteId("003000000000001")
        .firstName("Ada")
        .lastName("Lovelace")
        .account(SourceAccount.builder().mergeId("ma-1").name("Analytical Engines").build())
        .owner(
            SourceUser.builder().mergeId("mu-1").remoteId("005000000000001").name("Owner").build())
        .putFields("Title", FieldValue.text("Countess"))
        .putFields("Birthdate", FieldValue.date(LocalDate.of(1815, 12, 10)))
        .putFields("Interests__c", FieldValue.text("Golf;Opera"))
        .putFields("Deceased__c", FieldValue.bool(false))
        .putFields("HasOptedOutOfEmail", FieldValue.bool(false));
  }

  static TransformResult transform(SourceContact contact, SyncSettings settings) {
    return ContactTransformer.create(CATALOG, settings).transform(contact);
  }
}
