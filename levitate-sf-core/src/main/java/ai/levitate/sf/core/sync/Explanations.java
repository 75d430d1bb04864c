package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The sentences that explain a diff to an admin, each naming the field and value behind it. */
final class Explanations {
  private Explanations() {}

  /** A mutable list: the caller may add its own lines. */
  static List<String> of(
      ChangeType type,
      Optional<StatusReason> reason,
      LevitateContact contact,
      Set<ContactField> changed,
      DiffDraft.Tags tags) {
    List<String> lines = new ArrayList<>();
    switch (type) {
      case CREATE -> {
        lines.add("New in Salesforce.");
        reason.ifPresent(
            r ->
                lines.add(
                    "Created archived: "
                        + why(r)
                        + contact.statusSource().map(p -> " (" + p.describe() + ")").orElse("")
                        + "."));
      }
      case ARCHIVE, REMOVE ->
          lines.add(
              (type == ChangeType.ARCHIVE ? "Archived: " : "Removed: ")
                  + reason.map(Explanations::why).orElse("its status changed")
                  + (contact == null
                      ? ""
                      : contact.statusSource().map(p -> " (" + p.describe() + ")").orElse(""))
                  + ".");
      case RESTORE ->
          lines.add(
              "Restored: "
                  + reason.map(Explanations::cleared).orElse("the reason it was archived cleared")
                  + ".");
      case UPDATE -> {}
    }
    if (type == ChangeType.CREATE) {
      return lines;
    }
    if (!changed.isEmpty()) {
      lines.add(
          "Changed: "
              + changed.stream().map(ContactField::name).collect(Collectors.joining(", "))
              + ".");
    }
    if (type == ChangeType.REMOVE) {
      // The contact leaves Levitate; its tags and key facts go with it, whatever Salesforce gives.
      return lines;
    }
    for (String name : tags.tagsAdded()) {
      String from =
          contact.tags().stream()
              .filter(t -> t.name().equals(name))
              .findFirst()
              .map(Tag::source)
              .map(p -> " from " + p.describe())
              .orElse("");
      lines.add("Adds tag \"" + name + "\"" + from + ".");
    }
    for (String name : tags.tagsRemoved()) {
      lines.add("Removes tag \"" + name + "\", which Salesforce no longer gives.");
    }
    for (KeyFact fact : tags.factsAdded()) {
      lines.add(
          "Adds key fact "
              + fact.label()
              + " "
              + fact.date()
              + " from "
              + fact.source().describe()
              + ".");
    }
    for (OwnedKeyFact fact : tags.factsRemoved()) {
      lines.add(
          "Removes key fact "
              + fact.label()
              + " "
              + fact.date()
              + ", which Salesforce no longer gives.");
    }
    return lines;
  }

  static String why(StatusReason reason) {
    return switch (reason) {
      case DECEASED -> "deceased";
      case DELETED_IN_SALESFORCE -> "deleted in Salesforce";
      case MISSING_FROM_SOURCE ->
          "Merge no longer returns the contact (purged, merged into another"
              + " contact, or hidden from the connected user)";
    };
  }

  private static String cleared(StatusReason reason) {
    return switch (reason) {
      case DECEASED -> "the deceased indicator cleared";
      case DELETED_IN_SALESFORCE -> "the contact is back in Salesforce";
      case MISSING_FROM_SOURCE -> "Merge returns the contact again";
    };
  }
}
