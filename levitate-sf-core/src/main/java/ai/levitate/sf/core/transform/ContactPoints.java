package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Phones and emails: every one Salesforce holds, from its phone and email fields first (standard
 * ones in Salesforce's order, then custom ones) and Merge's common-model lists after, blank ones and
 * repeats dropped, order kept.
 */
final class ContactPoints {
  private ContactPoints() {}

  /** Phones, a repeat being the same digits in another format. A value with no digit is no phone. */
  static List<Phone> phones(SourceContact source, FieldReader reader, List<FieldDescriptor> fields) {
    List<Phone> phones = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FieldDescriptor field : fields) {
      Optional<String> number = reader.text(field, "a phone number");
      if (number.isPresent() && seen.add(digits(number.get())) && !digits(number.get()).isEmpty()) {
        phones.add(Phone.of(number.get(), field.label(),
            Provenance.salesforceField(field.apiName(), number.get())));
      }
    }
    for (SourcePhone phone : source.phones()) {
      String number = phone.number().strip();
      if (!digits(number).isEmpty() && seen.add(digits(number))) {
        phones.add(Phone.of(number, label(phone.type(), "Phone"),
            Provenance.mergeModel("phone_numbers", number)));
      }
    }
    return phones;
  }

  /** Emails, a repeat being the same address in another case. */
  static List<Email> emails(SourceContact source, FieldReader reader, List<FieldDescriptor> fields) {
    List<Email> emails = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FieldDescriptor field : fields) {
      Optional<String> address = reader.text(field, "an email address");
      if (address.isPresent() && seen.add(address.get().toLowerCase(Locale.ROOT))) {
        emails.add(Email.of(address.get(), field.label(),
            Provenance.salesforceField(field.apiName(), address.get())));
      }
    }
    for (SourceEmail email : source.emails()) {
      String address = email.address().strip();
      if (!address.isEmpty() && seen.add(address.toLowerCase(Locale.ROOT))) {
        emails.add(Email.of(address, label(email.type(), "Email"),
            Provenance.mergeModel("email_addresses", address)));
      }
    }
    return emails;
  }

  private static String label(Optional<String> type, String fallback) {
    return Texts.trimmed(type).orElse(fallback);
  }

  static String digits(String number) {
    StringBuilder digits = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }
}
