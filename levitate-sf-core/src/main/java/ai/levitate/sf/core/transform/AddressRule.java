package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.ImmutableMailingAddress;
import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.model.SourceAddress;
import ai.levitate.sf.core.model.SourceContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mailing address: Salesforce's {@code Mailing*} fields when the contact has any of them
 * (the first street line is street 1, the others street 2), else Merge's first address.
 */
final class AddressRule {
  private static final List<String> MAILING_FIELDS = List.of(
      "MailingStreet", "MailingCity", "MailingState", "MailingPostalCode", "MailingCountry");

  Optional<MailingAddress> address(SourceContact source, FieldReader reader) {
    for (String field : MAILING_FIELDS) {
      if (reader.raw(field).isPresent()) {
        return fromFields(reader);
      }
    }
    return source.addresses().isEmpty() ? Optional.empty() : fromMerge(source.addresses().get(0));
  }

  private static Optional<MailingAddress> fromFields(FieldReader reader) {
    ImmutableMailingAddress.Builder address = MailingAddress.builder();
    reader.text("MailingStreet", null, "the mailing street").ifPresent(street -> {
      List<String> lines = new ArrayList<>();
      for (String line : street.split("\\R")) {
        if (!line.isBlank()) {
          lines.add(line.strip());
        }
      }
      if (!lines.isEmpty()) {
        address.street1(lines.get(0));
      }
      if (lines.size() > 1) {
        address.street2(String.join(", ", lines.subList(1, lines.size())));
      }
    });
    address.city(reader.text("MailingCity", null, "the mailing city"))
        .state(reader.text("MailingState", null, "the mailing state"))
        .postalCode(reader.text("MailingPostalCode", null, "the mailing postal code"))
        .country(reader.text("MailingCountry", null, "the mailing country"));
    return build(address);
  }

  private static Optional<MailingAddress> fromMerge(SourceAddress merge) {
    return build(MailingAddress.builder()
        .street1(Texts.trimmed(merge.street1()))
        .street2(Texts.trimmed(merge.street2()))
        .city(Texts.trimmed(merge.city()))
        .state(Texts.trimmed(merge.state()))
        .postalCode(Texts.trimmed(merge.postalCode()))
        .country(Texts.trimmed(merge.country())));
  }

  private static Optional<MailingAddress> build(ImmutableMailingAddress.Builder address) {
    try {
      return Optional.of(address.build());
    } catch (IllegalArgumentException allBlank) {
      return Optional.empty();
    }
  }
}
