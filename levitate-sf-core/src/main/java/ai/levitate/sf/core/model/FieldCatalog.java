package ai.levitate.sf.core.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Contact fields the connected Salesforce user can see, in a stable order.
 *
 * <p>Salesforce API names are case-insensitive, so lookups are too; the descriptor keeps the
 * spelling Salesforce uses. A field the user cannot read is absent from the catalog, which is not
 * the same as a field that is empty on a contact.
 */
@Value.Immutable
public abstract class FieldCatalog {
  FieldCatalog() {}

  /**
   * The end of the sentence that says what a catalog without fields leaves out (Merge sends no
   * remote fields on its Launch plan): the rules that read Salesforce fields cannot apply, the rest
   * syncs from Merge's common model. The preflight and the run report start it with their reason.
   */
  public static final String WITHOUT_FIELDS =
      "so the nickname, job title, key fact (Birthdate"
          + " too), tag, deceased, opt-out, household and person-account rules cannot apply (Merge"
          + " gives remote fields on its Professional and Enterprise plans, not on Launch); names,"
          + " emails, phones, addresses, account (its name as the company) and owner sync from Merge's"
          + " common model.";

  public abstract List<FieldDescriptor> fields();

  /** The field with this API name, compared without regard to case. */
  public Optional<FieldDescriptor> field(String apiName) {
    FieldDescriptor spelled = bySpelling().get(apiName);
    return spelled != null ? Optional.of(spelled) : Optional.ofNullable(index().get(key(apiName)));
  }

  public boolean contains(String apiName) {
    return index().containsKey(key(apiName));
  }

  /**
   * The fields that may fill a settings role, for an admin screen: the most likely first (standard
   * fields the role is meant for, then names that suggest it), then the rest by label.
   */
  public List<FieldDescriptor> candidates(FieldRole role) {
    List<FieldDescriptor> result = new ArrayList<>();
    for (FieldDescriptor field : fields()) {
      if (role.allows(field.type())) {
        result.add(field);
      }
    }
    result.sort(
        Comparator.comparingInt((FieldDescriptor f) -> -role.likelihood(f))
            .thenComparing(f -> f.label().toLowerCase(Locale.ROOT))
            .thenComparing(FieldDescriptor::apiName));
    return List.copyOf(result);
  }

  /**
   * The fields by their API name as Salesforce spells it: the name a contact's values come under,
   * found without lower-casing it (the client looks up each of a page's thousands of values).
   */
  @Value.Lazy
  Map<String, FieldDescriptor> bySpelling() {
    Map<String, FieldDescriptor> bySpelling = new HashMap<>();
    for (FieldDescriptor field : fields()) {
      bySpelling.put(field.apiName(), field);
    }
    return bySpelling;
  }

  @Value.Lazy
  Map<String, FieldDescriptor> index() {
    Map<String, FieldDescriptor> index = new HashMap<>();
    for (FieldDescriptor field : fields()) {
      index.put(key(field.apiName()), field);
    }
    return index;
  }

  @Value.Check
  protected void check() {
    Map<String, String> seen = new HashMap<>();
    for (FieldDescriptor field : fields()) {
      String previous = seen.put(key(field.apiName()), field.apiName());
      if (previous != null) {
        throw new IllegalArgumentException(
            "field catalog lists " + field.apiName() + " twice (also as " + previous + ")");
      }
    }
  }

  private static String key(String apiName) {
    return apiName.toLowerCase(Locale.ROOT);
  }

  /**
   * Builds a {@link FieldCatalog}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableFieldCatalog.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  public static FieldCatalog of(List<FieldDescriptor> fields) {
    return builder().fields(fields).build();
  }

  public static FieldCatalog of(FieldDescriptor... fields) {
    return of(List.of(fields));
  }
}
