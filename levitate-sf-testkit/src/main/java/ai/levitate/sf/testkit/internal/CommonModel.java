package ai.levitate.sf.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How Merge fills its common-model fields of a Salesforce Contact from the Salesforce fields: names
 * from FirstName and LastName, one address from the Mailing fields, the Email field, and one phone
 * number per standard phone field. The JSON writer and the expected-contact view share it, so what
 * the fake sends and what a test expects cannot drift apart.
 */
public final class CommonModel {
  /** Merge's type for a Salesforce mailing address. */
  public static final String ADDRESS_TYPE = "SHIPPING";

  public static final String EMAIL_TYPE = "Work";

  private CommonModel() {}

  /** Merge's address fields in order: street_1, street_2, city, state, postal_code, country. */
  public static List<String[]> addresses(ContactRecord contact, FieldSchema schema) {
    String street = text(contact, schema, "MailingStreet");
    String city = text(contact, schema, "MailingCity");
    String state = text(contact, schema, "MailingState");
    String postal = text(contact, schema, "MailingPostalCode");
    String country = text(contact, schema, "MailingCountry");
    if (street == null && city == null && state == null && postal == null && country == null) {
      return List.of();
    }
    String street1 = street;
    String street2 = null;
    if (street != null) {
      int newline = street.indexOf('\n');
      if (newline >= 0) {
        street1 = street.substring(0, newline).strip();
        street2 = street.substring(newline + 1).strip();
      }
    }
    String code = country == null ? null : Pools.COUNTRY_CODES.get(country.strip());
    List<String[]> out = new ArrayList<>(1);
    out.add(new String[] {street1, street2, city, state, postal, code});
    return out;
  }

  /** Email address and type pairs. */
  public static List<String[]> emails(ContactRecord contact, FieldSchema schema) {
    String email = text(contact, schema, "Email");
    return email == null ? List.of() : List.<String[]>of(new String[] {email, EMAIL_TYPE});
  }

  /** Phone number and type pairs, in Salesforce's field order. */
  public static List<String[]> phones(ContactRecord contact, FieldSchema schema) {
    List<String[]> out = new ArrayList<>(2);
    for (String[] field : StandardContactFields.PHONE_TYPES) {
      String number = text(contact, schema, field[0]);
      if (number != null) {
        out.add(new String[] {number, field[1]});
      }
    }
    return out;
  }

  public static String text(ContactRecord contact, FieldSchema schema, String apiName) {
    Object value = contact.value(schema.indexOf(apiName));
    return value instanceof String s && !s.isBlank() ? s : null;
  }
}
