package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.PicklistChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Contact fields of the generated org: Salesforce's standard fields plus custom fields named as
 * real orgs name them, of every type the sync reads (45 in all).
 */
public final class StandardContactFields {
  /** Fields Merge maps onto its common model (names, addresses, emails, phones, references). */
  public static final Set<String> COMMON_MODEL =
      Set.of(
          "FirstName",
          "LastName",
          "Email",
          "Phone",
          "MobilePhone",
          "HomePhone",
          "OtherPhone",
          "AssistantPhone",
          "Fax",
          "MailingStreet",
          "MailingCity",
          "MailingState",
          "MailingPostalCode",
          "MailingCountry",
          "AccountId",
          "OwnerId");

  /** Phone fields in the order Merge lists them, with the type Merge gives each. */
  public static final List<String[]> PHONE_TYPES =
      List.of(
          new String[] {"Phone", "Work"},
          new String[] {"MobilePhone", "Mobile"},
          new String[] {"HomePhone", "Home"},
          new String[] {"OtherPhone", "Other"},
          new String[] {"AssistantPhone", "Assistant"},
          new String[] {"Fax", "Fax"});

  private static final long SALT = 0x6669656c64L;

  /**
   * The type of a field Merge maps onto its common model (names, mailing address, email, phones),
   * or null for any other field.
   */
  public static FieldType commonModelType(String apiName) {
    switch (apiName) {
      case "FirstName":
      case "LastName":
      case "MailingCity":
      case "MailingState":
      case "MailingPostalCode":
      case "MailingCountry":
        return FieldType.STRING;
      case "MailingStreet":
        return FieldType.TEXTAREA;
      case "Email":
        return FieldType.EMAIL;
      default:
        return PHONE_TYPES.stream().anyMatch(p -> p[0].equals(apiName)) ? FieldType.PHONE : null;
    }
  }

  private StandardContactFields() {}

  public static FieldSchema schema(long seed) {
    List<FieldClass> classes = new ArrayList<>();
    for (FieldDescriptor descriptor : descriptors()) {
      classes.add(fieldClass(seed, descriptor));
    }
    return new FieldSchema(classes);
  }

  /** The Merge class of one field, its id derived from the seed and the API name. */
  public static FieldClass fieldClass(long seed, FieldDescriptor descriptor) {
    String id = Ids.uuid(seed, SALT ^ descriptor.apiName().hashCode(), 0);
    boolean common = COMMON_MODEL.contains(descriptor.apiName());
    boolean required = descriptor.apiName().equals("LastName");
    return new FieldClass(id, descriptor, common, required, null);
  }

  public static List<FieldDescriptor> descriptors() {
    List<FieldDescriptor> fields = new ArrayList<>();
    fields.add(picklist("Salutation", "Salutation", "Mr.", "Ms.", "Mrs.", "Mx.", "Dr.", "Prof."));
    fields.add(FieldDescriptor.of("FirstName", "First Name", FieldType.STRING));
    fields.add(FieldDescriptor.of("LastName", "Last Name", FieldType.STRING));
    fields.add(FieldDescriptor.of("Title", "Title", FieldType.STRING));
    fields.add(FieldDescriptor.of("Department", "Department", FieldType.STRING));
    fields.add(FieldDescriptor.of("Birthdate", "Birthdate", FieldType.DATE));
    fields.add(FieldDescriptor.of("Email", "Email", FieldType.EMAIL));
    fields.add(FieldDescriptor.of("HasOptedOutOfEmail", "Email Opt Out", FieldType.CHECKBOX));
    fields.add(FieldDescriptor.of("HasOptedOutOfFax", "Fax Opt Out", FieldType.CHECKBOX));
    fields.add(FieldDescriptor.of("DoNotCall", "Do Not Call", FieldType.CHECKBOX));
    fields.add(FieldDescriptor.of("Phone", "Business Phone", FieldType.PHONE));
    fields.add(FieldDescriptor.of("MobilePhone", "Mobile Phone", FieldType.PHONE));
    fields.add(FieldDescriptor.of("HomePhone", "Home Phone", FieldType.PHONE));
    fields.add(FieldDescriptor.of("OtherPhone", "Other Phone", FieldType.PHONE));
    fields.add(FieldDescriptor.of("AssistantPhone", "Asst. Phone", FieldType.PHONE));
    fields.add(FieldDescriptor.of("Fax", "Business Fax", FieldType.PHONE));
    fields.add(FieldDescriptor.of("AssistantName", "Assistant", FieldType.STRING));
    fields.add(FieldDescriptor.of("MailingStreet", "Mailing Street", FieldType.TEXTAREA));
    fields.add(FieldDescriptor.of("MailingCity", "Mailing City", FieldType.STRING));
    fields.add(FieldDescriptor.of("MailingState", "Mailing State/Province", FieldType.STRING));
    fields.add(
        FieldDescriptor.of("MailingPostalCode", "Mailing Zip/Postal Code", FieldType.STRING));
    fields.add(FieldDescriptor.of("MailingCountry", "Mailing Country", FieldType.STRING));
    fields.add(
        picklist(
            "LeadSource",
            "Lead Source",
            "Web",
            "Phone Inquiry",
            "Partner Referral",
            "Purchased List",
            "Other"));
    fields.add(FieldDescriptor.of("Description", "Contact Description", FieldType.TEXTAREA));
    fields.add(FieldDescriptor.of("AccountId", "Account ID", FieldType.REFERENCE));
    fields.add(FieldDescriptor.of("OwnerId", "Owner ID", FieldType.REFERENCE));
    fields.add(FieldDescriptor.of("IsPersonAccount", "Is Person Account", FieldType.CHECKBOX));
    fields.add(FieldDescriptor.of("DeceasedDate", "Deceased Date", FieldType.DATETIME));
    fields.add(FieldDescriptor.of("Nickname__c", "Nickname", FieldType.STRING));
    fields.add(FieldDescriptor.of("Deceased__c", "Deceased", FieldType.CHECKBOX));
    fields.add(FieldDescriptor.of("Anniversary__c", "Anniversary", FieldType.DATE));
    fields.add(
        multipicklist(
            "Interests__c",
            "Interests",
            "Golf",
            "Sailing",
            "Tennis",
            "Wine",
            "Travel",
            "Art & Design",
            "Philanthropy",
            "Cooking",
            "Skiing",
            "Reading"));
    fields.add(FieldDescriptor.of("VIP__c", "VIP", FieldType.CHECKBOX));
    fields.add(FieldDescriptor.of("Review_Date__c", "Review Date", FieldType.DATE));
    fields.add(
        FieldDescriptor.builder()
            .apiName("Client_Tier__c")
            .label("Client Tier")
            .type(FieldType.PICKLIST)
            .addChoices(
                PicklistChoice.of("Tier_1", "Platinum"),
                PicklistChoice.of("Tier_2", "Gold"),
                PicklistChoice.of("Tier_3", "Silver"),
                PicklistChoice.of("Tier_4", "Bronze"))
            .addChoices(PicklistChoice.of("Legacy", "Legacy (retired)", false))
            .build());
    fields.add(
        picklist(
            "Preferred_Contact_Method__c",
            "Preferred Contact Method",
            "Email",
            "Phone",
            "Text Message",
            "Mail"));
    fields.add(
        multipicklist(
            "Hobbies__c",
            "Hobbies",
            "Gardening",
            "Photography",
            "Classic Cars",
            "Fly Fishing",
            "Marathon Running",
            "Collecting Vintage Wristwatches and Clocks"));
    fields.add(FieldDescriptor.of("Spouse_Name__c", "Spouse Name", FieldType.STRING));
    fields.add(FieldDescriptor.of("Net_Worth__c", "Net Worth", FieldType.NUMBER));
    fields.add(FieldDescriptor.of("Last_Meeting__c", "Last Meeting", FieldType.DATETIME));
    fields.add(FieldDescriptor.of("Referral_Source__c", "Referral Source", FieldType.STRING));
    fields.add(FieldDescriptor.of("Assistant_Email__c", "Assistant Email", FieldType.EMAIL));
    fields.add(FieldDescriptor.of("Second_Phone__c", "Second Phone", FieldType.PHONE));
    fields.add(FieldDescriptor.of("Customer_Since__c", "Customer Since", FieldType.DATE));
    fields.add(
        FieldDescriptor.of("Newsletter_Opt_Out__c", "Newsletter Opt Out Date", FieldType.DATE));
    return fields;
  }

  private static FieldDescriptor picklist(String apiName, String label, String... values) {
    return choices(apiName, label, FieldType.PICKLIST, values);
  }

  private static FieldDescriptor multipicklist(String apiName, String label, String... values) {
    return choices(apiName, label, FieldType.MULTIPICKLIST, values);
  }

  private static FieldDescriptor choices(
      String apiName, String label, FieldType type, String... values) {
    var builder = FieldDescriptor.builder().apiName(apiName).label(label).type(type);
    for (String value : values) {
      builder.addChoices(PicklistChoice.of(value));
    }
    return builder.build();
  }
}
