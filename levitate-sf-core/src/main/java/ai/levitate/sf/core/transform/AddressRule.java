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
    Streets streets =
        Streets.of(reader.text("MailingStreet", null, "the mailing street"), Optional.empty());
    MailingAddress.Builder address =
        MailingAddress.builder().street1(streets.street1()).street2(streets.street2());
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
    Streets streets = Streets.of(merge.street1(), merge.street2());
    return build(
        MailingAddress.builder()
            .street1(part(reader, "street_1", streets.street1(), "MailingStreet"))
            .street2(part(reader, "street_2", streets.street2(), "MailingStreet"))
            .city(part(reader, "city", merge.city(), "MailingCity"))
            .state(part(reader, "state", merge.state(), "MailingState"))
            .postalCode(part(reader, "postal_code", merge.postalCode(), "MailingPostalCode"))
            .country(part(reader, "country", merge.country(), "MailingCountry")));
  }

  /** Street 1 and street 2 of an address. */
  private record Streets(Optional<String> street1, Optional<String> street2) {
    /**
     * The first line of {@code street} is street 1; its other lines, then those of {@code more},
     * joined by ", ", are street 2. Blank lines are dropped.
     */
    static Streets of(Optional<String> street, Optional<String> more) {
      List<String> lines = lines(street);
      List<String> rest = new ArrayList<>(lines.subList(Math.min(1, lines.size()), lines.size()));
      rest.addAll(lines(more));
      return new Streets(
          lines.stream().findFirst(),
          rest.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", rest)));
    }
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
