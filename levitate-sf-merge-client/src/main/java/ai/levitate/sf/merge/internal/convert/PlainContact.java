package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.merge.internal.wire.AddressDto;
import ai.levitate.sf.merge.internal.wire.ContactDto;
import ai.levitate.sf.merge.internal.wire.EmailAddressDto;
import ai.levitate.sf.merge.internal.wire.PhoneNumberDto;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Binds a contact's {@link ContactDto} by hand when every value has the shape Merge sends (text or
 * null, true or false, lists of objects of text), which binds the same whatever the mapper's rules;
 * any other shape is left to the mapper, whose coercions and messages decide it. The mapper's
 * binding goes through a tree parser and its creator buffers: a tenth of a page's CPU.
 */
final class PlainContact {
  private boolean plain = true;

  private PlainContact() {}

  /** The DTO, or null when a value is not of a plain shape. */
  static @Nullable ContactDto bind(ObjectNode fields) {
    PlainContact p = new PlainContact();
    ContactDto dto =
        new ContactDto(
            p.text(fields.get("id")),
            p.text(fields.get("remote_id")),
            p.text(fields.get("created_at")),
            p.text(fields.get("modified_at")),
            p.text(fields.get("first_name")),
            p.text(fields.get("last_name")),
            p.list(
                fields.get("addresses"),
                a ->
                    new AddressDto(
                        p.text(a.get("street_1")),
                        p.text(a.get("street_2")),
                        p.text(a.get("city")),
                        p.text(a.get("state")),
                        p.text(a.get("postal_code")),
                        p.text(a.get("country")),
                        p.text(a.get("address_type")))),
            p.list(
                fields.get("email_addresses"),
                e ->
                    new EmailAddressDto(
                        p.text(e.get("email_address")), p.text(e.get("email_address_type")))),
            p.list(
                fields.get("phone_numbers"),
                n ->
                    new PhoneNumberDto(
                        p.text(n.get("phone_number")), p.text(n.get("phone_number_type")))),
            p.text(fields.get("last_activity_at")),
            p.text(fields.get("remote_created_at")),
            p.bool(fields.get("remote_was_deleted")));
    return p.plain ? dto : null;
  }

  private @Nullable String text(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    plain = false;
    return null;
  }

  private @Nullable Boolean bool(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    plain = false;
    return null;
  }

  private <T> @Nullable List<T> list(@Nullable JsonNode node, Function<JsonNode, T> element) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      plain = false;
      return null;
    }
    List<T> list = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      if (!item.isObject()) {
        plain = false;
        return null;
      }
      list.add(element.apply(item));
    }
    return list;
  }
}
