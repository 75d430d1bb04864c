package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.PicklistChoice;
import ai.levitate.sf.core.model.SourceContact;

/** A small org: the standard Contact fields plus one custom field of each kind. */
final class Fixtures {
  private Fixtures() {}

  static final FieldCatalog CATALOG =
      FieldCatalog.of(
          FieldDescriptor.of("FirstName", "First Name", FieldType.STRING),
          FieldDescriptor.of("LastName", "Last Name", FieldType.STRING),
          FieldDescriptor.of("Title", "Title", FieldType.STRING),
          FieldDescriptor.of("Birthdate", "Birthdate", FieldType.DATE),
          FieldDescriptor.of("MailingStreet", "Mailing Street", FieldType.TEXTAREA),
          FieldDescriptor.of("MailingCity", "Mailing City", FieldType.STRING),
          FieldDescriptor.of("MailingState", "Mailing State/Province", FieldType.STRING),
          FieldDescriptor.of("MailingPostalCode", "Mailing Zip/Postal Code", FieldType.STRING),
          FieldDescriptor.of("MailingCountry", "Mailing Country", FieldType.STRING),
          FieldDescriptor.of("Fax", "Business Fax", FieldType.PHONE),
          FieldDescriptor.of("MobilePhone", "Mobile Phone", FieldType.PHONE),
          FieldDescriptor.of("Phone", "Business Phone", FieldType.PHONE),
          FieldDescriptor.of("Email", "Email", FieldType.EMAIL),
          FieldDescriptor.of("HasOptedOutOfEmail", "Email Opt Out", FieldType.CHECKBOX),
          FieldDescriptor.of("DeceasedDate", "Deceased Date", FieldType.DATETIME),
          FieldDescriptor.of("Nickname__c", "Nickname", FieldType.STRING),
          FieldDescriptor.of("Deceased__c", "Deceased", FieldType.CHECKBOX),
          FieldDescriptor.of("Date_of_Death__c", "Date of Death", FieldType.DATE),
          FieldDescriptor.of("Opted_Out_On__c", "Opted Out On", FieldType.DATE),
          FieldDescriptor.of("Anniversary__c", "Anniversary", FieldType.DATE),
          FieldDescriptor.of("Last_Review__c", "Last Review", FieldType.DATETIME),
          FieldDescriptor.builder()
              .apiName("Interests__c")
              .label("Interests")
              .type(FieldType.MULTIPICKLIST)
              .addChoices(
                  PicklistChoice.of("Golf"),
                  PicklistChoice.of("Sailing"),
                  PicklistChoice.of("wine", "Wine Tasting"))
              .build(),
          FieldDescriptor.builder()
              .apiName("Segment__c")
              .label("Client Segment")
              .type(FieldType.PICKLIST)
              .addChoices(PicklistChoice.of("A", "Tier A"), PicklistChoice.of("B", "Tier B"))
              .build(),
          FieldDescriptor.of("VIP__c", "VIP", FieldType.CHECKBOX),
          FieldDescriptor.of("Hobby__c", "Hobby", FieldType.STRING),
          FieldDescriptor.of("Revenue__c", "Revenue", FieldType.NUMBER),
          FieldDescriptor.of("Second_Email__c", "Second Email", FieldType.EMAIL),
          FieldDescriptor.of("Boat_Phone__c", "Boat Phone", FieldType.PHONE),
          FieldDescriptor.builder()
              .apiName("Score_Band__c")
              .label("Score Band")
              .type(FieldType.STRING)
              .formula(true)
              .build());

  /** A contact with ids and names, nothing else. */
  static SourceContact.Builder contact() {
    return SourceContact.builder()
        .mergeId("8d2c6a4e-0000-4000-8000-000000000001")
        .remoteId("0035e00000AbCdEAAV")
        .firstName("Margaret")
        .lastName("O'Neill");
  }
}
