package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.Tag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A contact's tags in the order they are added, each once. Two different tags that are the same
 * once cut to 60 characters are not merged silently: the first stands, and the second is recorded
 * as a {@link FieldProblem.Kind#TAG_COLLISION} naming both.
 */
final class TagSet {
  private static final int SHOWN = 80;

  private final FieldReader reader;
  private final Map<String, Tag> tags = new LinkedHashMap<>();

  /** The uncut tag behind each cut one. */
  private final Map<String, String> uncut = new HashMap<>();

  TagSet(FieldReader reader) {
    this.reader = reader;
  }

  void add(String name, Provenance from) {
    String cut = TagText.cut(name);
    String first = uncut.putIfAbsent(cut, name);
    if (first == null) {
      tags.put(cut, Tag.of(cut, from));
    } else if (!first.equals(name)) {
      String field = from.field().orElse(cut);
      reader.problem(
          field,
          FieldProblem.Kind.TAG_COLLISION,
          name,
          Optional.of(first),
          field
              + ": \""
              + Texts.cutTag(first, SHOWN)
              + "\" and \""
              + Texts.cutTag(name, SHOWN)
              + "\" give one tag, \""
              + cut
              + "\", once cut to "
              + LevitateContact.MAX_TAG_LENGTH
              + " characters; the contact has it once.");
    }
  }

  List<Tag> list() {
    return List.copyOf(tags.values());
  }
}
