package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.StatusReason;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the sync last wrote for one contact, kept by the host per linked account and keyed by
 * {@link #salesforceId()}. The engine writes it through {@link SyncBatch#states()}; the host changes
 * it on its own only to record a person's decision ({@link #archivedByPerson()},
 * {@link #restoredByPerson()}).
 */
@Value.Immutable
public abstract class ContactState {
  public abstract String salesforceId();

  public abstract String mergeId();

  /**
   * A digest of the contact the sync last wrote, part by part, so the next run can tell whether and
   * what changed. Opaque: store it as is.
   */
  public abstract String fingerprint();

  /** The tags the sync wrote and may take away again; tags a person added are never here. */
  public abstract List<String> ownedTags();

  /** The key facts the sync wrote and may take away again. */
  public abstract List<OwnedKeyFact> ownedKeyFacts();

  @Value.Default
  public ContactStatus status() {
    return ContactStatus.ACTIVE;
  }

  /** Why the sync archived or removed the contact; empty when active or set by a person. */
  public abstract Optional<StatusReason> statusReason();

  @Value.Default
  public StatusSetBy statusSetBy() {
    return StatusSetBy.SYNC;
  }

  /** Merge's id of the contact's account, to find its contacts when the account is renamed. */
  public abstract Optional<String> accountMergeId();

  /** Merge's id of the contact's owner, to find its contacts when the owner is renamed. */
  public abstract Optional<String> ownerMergeId();

  /** The number of the last run that read the contact; a full pass sweeps those it did not read. */
  public abstract long lastSeenRun();

  /** The run whose brake holds an archive or removal of this contact, if one does. */
  public abstract Optional<Long> heldInRun();

  /** This state after a person archived the contact in Levitate: the sync leaves it alone. */
  public ContactState archivedByPerson() {
    return builder().from(this)
        .status(ContactStatus.ARCHIVED)
        .statusReason(Optional.empty())
        .statusSetBy(StatusSetBy.PERSON)
        .build();
  }

  /**
   * This state after a person made the contact active again in Levitate: the sync updates its
   * fields but no longer archives it.
   */
  public ContactState restoredByPerson() {
    return builder().from(this)
        .status(ContactStatus.ACTIVE)
        .statusReason(Optional.empty())
        .statusSetBy(StatusSetBy.PERSON)
        .build();
  }

  @Value.Check
  protected void check() {
    if (salesforceId().isBlank()) {
      throw new IllegalArgumentException("salesforceId must not be blank");
    }
  }

  public static ImmutableContactState.Builder builder() {
    return ImmutableContactState.builder();
  }
}
