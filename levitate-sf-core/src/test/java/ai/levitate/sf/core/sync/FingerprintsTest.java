package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.PicklistChoice;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FingerprintsTest {
  private static LevitateContact ada() {
    return Contacts.transform(Contacts.ada().build(), Contacts.settings())
        .transformed()
        .orElseThrow();
  }

  @Test
  void equalContactsHaveEqualFingerprints() {
    assertThat(Fingerprints.contact(ada())).isEqualTo(Fingerprints.contact(ada()));
  }

  @Test
  void fingerprintIsTheSameBytesOnEveryMachine() {
    assertThat(Fingerprints.contact(ada()))
        .isEqualTo(
            "f1:588-5dyReLN7Uz-dU-D0ydkYrB4UAeZ6eLN7Uz-dMp-iMnd72PM7lZjpAsXreV-R47DEQpj8"
                + "47DEQpj84s37b7eCzcLr3N056-OL6Na71_PW3MAM");
  }

  @Test
  void provenanceAloneDoesNotChangeTheFingerprint() {
    LevitateContact ada = ada();
    List<Tag> tags = new ArrayList<>();
    for (Tag tag : ada.tags()) {
      tags.add(Tag.of(tag.name(), Provenance.salesforceField("Other__c", "x")));
    }
    LevitateContact other = LevitateContact.builder().from(ada).tags(tags).build();

    assertThat(Fingerprints.contact(other)).isEqualTo(Fingerprints.contact(ada));
  }

  @Test
  void differencesNameTheChangedParts() {
    LevitateContact ada = ada();
    LevitateContact changed =
        LevitateContact.builder()
            .from(ada)
            .jobTitle("Mathematician")
            .companyName("Babbage & Co")
            .build();

    assertThat(Fingerprints.differences(Fingerprints.contact(ada), Fingerprints.contact(changed)))
        .containsExactly(ContactField.JOB_TITLE, ContactField.COMPANY_NAME);
  }

  @Test
  void aFingerprintOfAnotherFormatDiffersInEveryPart() {
    assertThat(Fingerprints.differences("f0:old", Fingerprints.contact(ada())))
        .containsExactlyInAnyOrder(ContactField.values());
  }

  @Test
  void withStatusReplacesOnlyTheStatusPart() {
    String before = Fingerprints.contact(ada());
    String after =
        Fingerprints.withStatus(
            before, ContactStatus.ARCHIVED, Optional.of(StatusReason.MISSING_FROM_SOURCE));

    assertThat(Fingerprints.differences(before, after)).containsExactly(ContactField.STATUS);
  }

  @Test
  void settingsFingerprintFollowsEverythingThatShapesTheOutput() {
    String base = Fingerprints.settings(Contacts.settings(), Contacts.CATALOG);
    SyncSettings moreTags =
        SyncSettings.builder().from(Contacts.settings()).addTagFields("Deceased__c").build();
    List<FieldDescriptor> fields = new ArrayList<>(Contacts.CATALOG.fields());
    fields.set(2, FieldDescriptor.of("Interests__c", "Hobbies", FieldType.MULTIPICKLIST));
    SyncSettings otherBrake =
        SyncSettings.builder()
            .from(Contacts.settings())
            .brake(ai.levitate.sf.core.settings.MassArchiveBrake.builder().maxCount(3).build())
            .build();

    assertThat(base)
        .startsWith("s1:")
        .hasSize(35)
        .isEqualTo(Fingerprints.settings(Contacts.settings(), Contacts.CATALOG));
    assertThat(Fingerprints.settings(moreTags, Contacts.CATALOG)).isNotEqualTo(base);
    assertThat(Fingerprints.settings(Contacts.settings(), FieldCatalog.of(fields)))
        .isNotEqualTo(base);
    assertThat(Fingerprints.settings(otherBrake, Contacts.CATALOG)).isEqualTo(base);
  }

  @Test
  void settingsFingerprintIgnoresFieldsTheTransformDoesNotRead() {
    String base = Fingerprints.settings(Contacts.settings(), Contacts.CATALOG);
    FieldDescriptor region =
        FieldDescriptor.builder()
            .apiName("Region__c")
            .label("Region")
            .type(FieldType.PICKLIST)
            .addChoices(PicklistChoice.of("West"))
            .build();

    assertThat(Fingerprints.settings(Contacts.settings(), with(region))).isEqualTo(base);
    assertThat(
            Fingerprints.settings(
                Contacts.settings(),
                with(
                    FieldDescriptor.builder()
                        .from(region)
                        .label("Area")
                        .addChoices(PicklistChoice.of("East"))
                        .build())))
        .isEqualTo(base);
    assertThat(
            Fingerprints.settings(
                Contacts.settings(),
                with(FieldDescriptor.of("Score__c", "Score", FieldType.NUMBER))))
        .isEqualTo(base);
  }

  @Test
  void settingsFingerprintFollowsPhoneEmailTitleAndMailingFields() {
    String base = Fingerprints.settings(Contacts.settings(), Contacts.CATALOG);
    List<FieldDescriptor> retitled = new ArrayList<>(Contacts.CATALOG.fields());
    retitled.set(0, FieldDescriptor.of("Title", "Job Title", FieldType.STRING));

    assertThat(
            List.of(
                with(FieldDescriptor.of("Pager__c", "Pager", FieldType.PHONE)),
                with(FieldDescriptor.of("Alt_Email__c", "Other email", FieldType.EMAIL)),
                with(FieldDescriptor.of("MailingCity", "Mailing City", FieldType.STRING)),
                FieldCatalog.of(retitled)))
        .allSatisfy(
            catalog ->
                assertThat(Fingerprints.settings(Contacts.settings(), catalog)).isNotEqualTo(base));
    assertThat(
            Fingerprints.settings(
                Contacts.settings(),
                with(FieldDescriptor.of("Pager__c", "Pager", FieldType.PHONE))))
        .isNotEqualTo(
            Fingerprints.settings(
                Contacts.settings(),
                with(FieldDescriptor.of("Pager__c", "Beeper", FieldType.PHONE))));
  }

  private static FieldCatalog with(FieldDescriptor field) {
    List<FieldDescriptor> fields = new ArrayList<>(Contacts.CATALOG.fields());
    fields.add(field);
    return FieldCatalog.of(fields);
  }

  @Test
  void aDifferentValueChangesTheFingerprint() {
    LevitateContact golf =
        Contacts.transform(
                Contacts.ada().putFields("Interests__c", FieldValue.text("Golf")).build(),
                Contacts.settings())
            .transformed()
            .orElseThrow();

    assertThat(Fingerprints.differences(Fingerprints.contact(ada()), Fingerprints.contact(golf)))
        .containsExactly(ContactField.TAGS);
  }
}
