package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldProblem;
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
import java.util.OptionalInt;
import java.util.Set;

/**
 * Phones and emails: every one Salesforce holds, from its phone and email fields first (standard
 * ones in Salesforce's order, then custom ones) and Merge's common-model lists after, blank ones
 * and repeats dropped, order kept.
 */
final class ContactPoints {
  private static final String PHONE_NUMBERS = "phone_numbers";
  private static final String EMAIL_ADDRESSES = "email_addresses";

  private ContactPoints() {}

  /**
   * Phones, a repeat being the same number in another spelling (national or international, any
   * script's digits, keypad letters; see {@link PhoneNumbers}) with the first spelling kept. A
   * national number is read as dialled in {@code region}. A value with no digit is no phone.
   */
  static List<Phone> phones(
      SourceContact source, FieldReader reader, List<FieldDescriptor> fields, String region) {
    List<Phone> phones = new ArrayList<>();
    PhoneNumbers.Seen seen = new PhoneNumbers.Seen(region);
    for (FieldDescriptor field : fields) {
      Optional<String> number = reader.text(field, "a phone number");
      if (number.isPresent() && seen.add(number.get())) {
        phones.add(
            Phone.of(
                number.get(),
                field.label(),
                Provenance.salesforceField(field.apiName(), number.get())));
      }
    }
    for (SourcePhone phone : source.phones()) {
      String number =
          reader.within(
              PHONE_NUMBERS,
              phone.number().strip(),
              OptionalInt.of(FieldLengths.PHONE),
              "a phone number");
      if (seen.add(number)) {
        phones.add(
            Phone.of(
                number,
                label(phone.type(), "Phone"),
                Provenance.mergeModel(PHONE_NUMBERS, number)));
      }
    }
    return phones;
  }

  /** Emails, a repeat being the same address in another case. */
  static List<Email> emails(
      SourceContact source, FieldReader reader, List<FieldDescriptor> fields) {
    List<Email> emails = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FieldDescriptor field : fields) {
      Optional<String> address = reader.whole(field, "an email address");
      if (address.isPresent() && seen.add(address.get().toLowerCase(Locale.ROOT))) {
        emails.add(
            Email.of(
                address.get(),
                field.label(),
                Provenance.salesforceField(field.apiName(), address.get())));
      }
    }
    for (SourceEmail email : source.emails()) {
      String address = email.address().strip();
      if (address.length() > FieldLengths.EMAIL) {
        reader.problem(
            EMAIL_ADDRESSES,
            FieldProblem.Kind.TOO_LONG,
            address,
            EMAIL_ADDRESSES
                + " holds "
                + address.length()
                + " characters, more than the "
                + FieldLengths.EMAIL
                + " Salesforce allows for an email address: it was left out, since a cut one would be"
                + " wrong.");
        continue;
      }
      if (!address.isEmpty() && seen.add(address.toLowerCase(Locale.ROOT))) {
        emails.add(
            Email.of(
                address,
                label(email.type(), "Email"),
                Provenance.mergeModel(EMAIL_ADDRESSES, address)));
      }
    }
    return emails;
  }

  private static String label(Optional<String> type, String fallback) {
    return Texts.trimmed(type).orElse(fallback);
  }
}
