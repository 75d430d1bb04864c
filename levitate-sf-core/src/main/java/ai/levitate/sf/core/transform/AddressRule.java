package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.model.SourceAddress;
import ai.levitate.sf.core.model.SourceContact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mailing address: Salesforce's {@code Mailing*} fields when the contact has any of them (the
 * first street line is street 1, the others street 2), else Merge's first address.
 */
final class AddressRule {
  private static final List<String> MAILING_FIELDS =
      List.of(
          "MailingStreet", "MailingCity", "MailingState", "MailingPostalCode", "MailingCountry");

  Optional<MailingAddress> address(SourceContact source, FieldReader reader) {
    for (String field : MAILING_FIELDS) {
      if (reader.raw(field).isPresent()) {
        return fromFields(reader);
      }
    }
    return source.addresses().isEmpty()
        ? Optional.empty()
        : fromMerge(source.addresses().get(0), reader);
  }

  private static Optional<MailingAddress> fromFields(FieldReader reader) {
    MailingAddress.Builder address = MailingAddress.builder();
    reader
        .text("MailingStreet", null, "the mailing street")
        .ifPresent(
            street -> {
              List<String> lines = lines(Optional.of(street));
              if (!lines.isEmpty()) {
                address.street1(lines.get(0));
              }
              if (lines.size() > 1) {
                address.street2(String.join(", ", lines.subList(1, lines.size())));
              }
            });
    address
        .city(reader.text("MailingCity", null, "the mailing city"))
        .state(reader.text("MailingState", null, "the mailing state"))
        .postalCode(reader.text("MailingPostalCode", null, "the mailing postal code"))
        .country(reader.text("MailingCountry", null, "the mailing country"));
    return build(address);
  }

  /**
   * Merge's address, each part within the length of the mailing field it comes from. Merge may send
   * Salesforce's whole multi-line street as {@code street_1}: its first line is street 1, its other
   * lines go before {@code street_2}'s in street 2, as for the mailing fields.
   */
  private static Optional<MailingAddress> fromMerge(SourceAddress merge, FieldReader reader) {
    List<String> first = lines(merge.street1());
    List<String> rest = new ArrayList<>(first.subList(Math.min(1, first.size()), first.size()));
    rest.addAll(lines(merge.street2()));
    Optional<String> street1 = first.stream().findFirst();
    Optional<String> street2 =
        rest.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", rest));
    return build(
        MailingAddress.builder()
            .street1(part(reader, "street_1", street1, "MailingStreet"))
            .street2(part(reader, "street_2", street2, "MailingStreet"))
            .city(part(reader, "city", merge.city(), "MailingCity"))
            .state(part(reader, "state", merge.state(), "MailingState"))
            .postalCode(part(reader, "postal_code", merge.postalCode(), "MailingPostalCode"))
            .country(part(reader, "country", merge.country(), "MailingCountry")));
  }

  /** The street's lines that hold anything, stripped. */
  private static List<String> lines(Optional<String> street) {
    List<String> lines = new ArrayList<>();
    street.ifPresent(
        text -> {
          for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
              lines.add(line.strip());
            }
          }
        });
    return lines;
  }

  private static Optional<String> part(
      FieldReader reader, String attribute, Optional<String> value, String mailingField) {
    return Texts.trimmed(value)
        .map(
            v ->
                reader.within(
                    "addresses." + attribute,
                    v,
                    FieldLengths.of(mailingField, null),
                    "the mailing address"));
  }

  private static Optional<MailingAddress> build(MailingAddress.Builder address) {
    try {
      return Optional.of(address.build());
    } catch (IllegalArgumentException allBlank) {
      return Optional.empty();
    }
  }
}
