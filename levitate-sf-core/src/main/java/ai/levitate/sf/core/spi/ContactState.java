package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.StatusReason;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the sync last wrote for one contact, kept by the host per linked account and keyed by {@link
 * #salesforceId()}. The engine writes it through {@link SyncBatch#states()}; the host changes it on
 * its own only to record a person's decision ({@link #archivedByPerson()}, {@link
 * #restoredByPerson()}). Every write, the engine's or the host's, stores the next {@link
 * #version()} in place of the one before it, so neither overwrites the other unseen.
 */
@Value.Immutable
public abstract class ContactState {
  ContactState() {}

  public abstract String salesforceId();

  public abstract String mergeId();

  /**
   * A digest of the contact the sync last wrote, part by part, so the next run can tell whether and
   * what changed. Opaque: store it as is.
   */
  public abstract String fingerprint();

  /**
   * The tags the sync wrote and may take away again; tags a person added are never here, nor are
   * the {@link #personTags()}.
   */
  public abstract List<String> ownedTags();

  /** The key facts the sync wrote and may take away again. */
  public abstract List<OwnedKeyFact> ownedKeyFacts();

  /**
   * Tags the sync produces that the contact already showed in Levitate when a change of the sync
   * first added them (a person's hand-made {@code VIP}, say), as the host found when it applied the
   * change ({@link SyncBatch#statesAfter(java.util.Map)}). They stay the person's: the sync neither
   * claims nor removes them, and forgets them once it no longer produces them.
   */
  public abstract List<String> personTags();

  /** Key facts the sync produces that a person had already added; see {@link #personTags()}. */
  public abstract List<OwnedKeyFact> personKeyFacts();

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

  /**
   * For a contact a person restored in Levitate, the reasons to archive or remove it that were in
   * force then: the restore holds against them, and a new reason (the deceased field newly set, the
   * contact deleted later) archives or removes the contact again. Empty when the sync set the
   * status, or when the reason was not known at the restore: the restore then holds against the
   * reasons the sync finds when it next reads the contact.
   */
  public abstract Set<StatusReason> restoredAgainst();

  /** Merge's id of the contact's account, to find its contacts when the account is renamed. */
  public abstract Optional<String> accountMergeId();

  /**
   * The account's name when the sync last read the contact: a later read in which Merge names the
   * account by id alone keeps the company rather than blank it.
   */
  public abstract Optional<String> accountName();

  /**
   * The account's {@code Type} when the sync last knew it: Merge sends it only with the accounts
   * list, which an incremental run reads only for accounts that changed, so a household stays one
   * for the contacts of an account that did not.
   */
  public abstract Optional<String> accountType();

  /** Merge's id of the contact's owner, to find its contacts when the owner is renamed. */
  public abstract Optional<String> ownerMergeId();

  /** The number of the last run that read the contact; a full pass sweeps those it did not read. */
  public abstract long lastSeenRun();

  /** The run whose brake holds an archive or removal of this contact, if one does. */
  public abstract Optional<Long> heldInRun();

  /**
   * How many times the state was written: 1 for the first. A state of version {@code n} may only
   * replace the stored version {@code n - 1} (version 1: only where none is stored); a sink that
   * finds another refuses the batch with {@link StateConflictException}. This is how a person's
   * decision recorded while a page was in flight survives the page's commit.
   */
  @Value.Default
  public long version() {
    return 1;
  }

  /**
   * This state after a person archived the contact in Levitate: the sync leaves it alone. The next
   * version; store it only in place of this one.
   */
  public ContactState archivedByPerson() {
    return builder()
        .from(this)
        .status(ContactStatus.ARCHIVED)
        .statusReason(Optional.empty())
        .statusSetBy(StatusSetBy.PERSON)
        .restoredAgainst(Set.of())
        .version(version() + 1)
        .build();
  }

  /**
   * This state after a person made the contact active again in Levitate: the sync updates its
   * fields but no longer archives it for the reason in force now ({@link #restoredAgainst()}); a
   * new reason archives it again. The next version; store it only in place of this one.
   */
  public ContactState restoredByPerson() {
    return builder()
        .from(this)
        .status(ContactStatus.ACTIVE)
        .statusReason(Optional.empty())
        .statusSetBy(StatusSetBy.PERSON)
        .restoredAgainst(
            statusSetBy() == StatusSetBy.SYNC
                ? statusReason().stream().toList()
                : restoredAgainst())
        .version(version() + 1)
        .build();
  }

  /**
   * Whether this state may be stored where {@code stored} is (empty: none is): whether its version
   * is the next one.
   */
  public boolean follows(Optional<ContactState> stored) {
    return version() == stored.map(ContactState::version).orElse(0L) + 1;
  }

  @Value.Check
  protected void check() {
    if (salesforceId().isBlank()) {
      throw new IllegalArgumentException("salesforceId must not be blank");
    }
    if (version() < 1) {
      throw new IllegalArgumentException("version must be 1 or more, was " + version());
    }
  }

  /**
   * Builds a {@link ContactState}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableContactState.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This state in a builder, to derive the next version: a person's archive, say. */
  public Builder newBuilder() {
    return builder().from(this);
  }
}
