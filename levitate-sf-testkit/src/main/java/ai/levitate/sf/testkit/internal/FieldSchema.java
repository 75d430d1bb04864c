package ai.levitate.sf.testkit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Contact fields of one linked account, in a fixed order: a contact's values are an array in
 * this order, which keeps a record to one small array however many fields the org has.
 */
public final class FieldSchema {
  private final List<FieldClass> classes;
  private final Map<String, Integer> byApiName = new HashMap<>();
  private final Map<String, Integer> byId = new HashMap<>();

  public FieldSchema(List<FieldClass> classes) {
    this.classes = List.copyOf(classes);
    for (int i = 0; i < this.classes.size(); i++) {
      FieldClass fieldClass = this.classes.get(i);
      if (byApiName.put(fieldClass.apiName(), i) != null) {
        throw new IllegalArgumentException(
            "contact fields must have distinct API names, " + fieldClass.apiName() + " repeats");
      }
      byId.put(fieldClass.id(), i);
    }
  }

  public int size() {
    return classes.size();
  }

  public FieldClass get(int index) {
    return classes.get(index);
  }

  public List<FieldClass> classes() {
    return classes;
  }

  /** The position of a field, or -1 when the org has no such field. */
  public int indexOf(String apiName) {
    Integer index = byApiName.get(Objects.requireNonNull(apiName, "apiName == null"));
    return index == null ? -1 : index;
  }

  /** The position of the field with this Merge class id, or -1. */
  public int indexOfClassId(String classId) {
    Integer index = byId.get(classId);
    return index == null ? -1 : index;
  }
}
