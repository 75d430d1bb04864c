package ai.levitate.sf.merge.internal.wire;

import ai.levitate.sf.merge.MergeProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads Merge's problem lists, leniently: anything that is not a problem is skipped. */
public final class Problems {
  private Problems() {}

  /** The {@code errors} of an error body, when it is JSON and has them; else none. */
  public static List<MergeProblem> fromErrorBody(byte[] body) {
    if (body == null || body.length == 0) {
      return List.of();
    }
    try {
      JsonNode root = Json.mapper().readTree(body);
      return root != null && root.isObject() ? list(root.get("errors")) : List.of();
    } catch (IOException notJson) {
      return List.of();
    }
  }

  /** The problems in a JSON list (objects with title, detail, problem_type, source.pointer). */
  public static List<MergeProblem> list(JsonNode node) {
    List<MergeProblem> problems = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return problems;
    }
    for (JsonNode item : node) {
      if (item.isTextual()) {
        problems.add(MergeProblem.builder().detail(item.asText()).build());
      } else if (item.isObject()) {
        problems.add(
            MergeProblem.builder()
                .problemType(text(item.get("problem_type")))
                .title(text(item.get("title")))
                .detail(text(item.get("detail")))
                .pointer(text(item.path("source").get("pointer")))
                .build());
      }
    }
    return List.copyOf(problems);
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull()
        ? Optional.of(node.asText())
        : Optional.empty();
  }
}
