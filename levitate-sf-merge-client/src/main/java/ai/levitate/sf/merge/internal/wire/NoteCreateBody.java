package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The body of {@code POST /notes}: {@code {"model": {...}}}; absent references are left out. */
public record NoteCreateBody(Model model) {

  /** The note to create; references are Merge ids. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Model(
      String content,
      String contact,
      String owner,
      String account,
      Map<String, Object> integrationParams) {}
}
