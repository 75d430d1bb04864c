package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.core.model.FieldCatalog;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of one account plus what reading contacts needs beyond it: the API name of each
 * remote field class by its Merge id, since Merge may name a contact's field by class id only.
 */
public record FieldModel(FieldCatalog catalog, Map<String, String> apiNameByClassId) {
  public FieldModel {
    apiNameByClassId = Map.copyOf(apiNameByClassId);
  }

  public Optional<String> apiName(String classId) {
    return Optional.ofNullable(apiNameByClassId.get(classId));
  }
}
