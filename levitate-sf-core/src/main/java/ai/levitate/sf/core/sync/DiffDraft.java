package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactDiff;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A diff before it has a place: it becomes a {@link ContactChange} when emitted, or a {@link
 * HeldChange} when the brake may hold it.
 */
final class DiffDraft extends ContactDiff {
  private final ChangeType type;
  private final String salesforceId;
  private final String mergeId;
  private final Optional<LevitateContact> contact;
  private final Optional<StatusReason> reason;
  private final Set<ContactField> changedFields;
  private final List<String> tagsAdded;
  private final List<String> tagsRemoved;
  private final List<KeyFact> keyFactsAdded;
  private final List<OwnedKeyFact> keyFactsRemoved;
  private final List<String> explanation;

  DiffDraft(
      ChangeType type,
      String salesforceId,
      String mergeId,
      Optional<LevitateContact> contact,
      Optional<StatusReason> reason,
      Set<ContactField> changedFields,
      Tags tags,
      List<String> explanation) {
    this.type = type;
    this.salesforceId = salesforceId;
    this.mergeId = mergeId;
    this.contact = contact;
    this.reason = reason;
    this.changedFields = Set.copyOf(changedFields);
    this.tagsAdded = tags.tagsAdded();
    this.tagsRemoved = tags.tagsRemoved();
    this.keyFactsAdded = tags.factsAdded();
    this.keyFactsRemoved = tags.factsRemoved();
    this.explanation = List.copyOf(explanation);
  }

  /** What a diff adds and removes of the tags and key facts the sync owns. */
  record Tags(
      List<String> tagsAdded,
      List<String> tagsRemoved,
      List<KeyFact> factsAdded,
      List<OwnedKeyFact> factsRemoved) {
    static final Tags NONE = new Tags(List.of(), List.of(), List.of(), List.of());
  }

  ContactChange toChange(String runId, long position) {
    return ContactChange.builder().from(this).runId(runId).position(position).build();
  }

  HeldChange toHeld(long run, ContactState stateAfter) {
    return HeldChange.builder().from(this).heldInRun(run).stateAfter(stateAfter).build();
  }

  @Override
  public ChangeType type() {
    return type;
  }

  @Override
  public String salesforceId() {
    return salesforceId;
  }

  @Override
  public String mergeId() {
    return mergeId;
  }

  @Override
  public Optional<LevitateContact> contact() {
    return contact;
  }

  @Override
  public Optional<StatusReason> reason() {
    return reason;
  }

  @Override
  public Set<ContactField> changedFields() {
    return changedFields;
  }

  @Override
  public List<String> tagsAdded() {
    return tagsAdded;
  }

  @Override
  public List<String> tagsRemoved() {
    return tagsRemoved;
  }

  @Override
  public List<KeyFact> keyFactsAdded() {
    return keyFactsAdded;
  }

  @Override
  public List<OwnedKeyFact> keyFactsRemoved() {
    return keyFactsRemoved;
  }

  @Override
  public List<String> explanation() {
    return explanation;
  }
}
