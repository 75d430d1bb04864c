package ai.levitate.sf.core.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * Everything one page of a run changes, for the host to commit in ONE transaction: the contact
 * changes, the contacts' new states, held changes added and dropped, and the run state with the new
 * checkpoint. Committing all or nothing is what lets a killed run resume without duplicates or
 * gaps.
 */
@Value.Immutable
public abstract class SyncBatch {
  SyncBatch() {}

  /** The run, e.g. {@code run-7}. */
  public abstract String runId();

  /**
   * The fencing token of the lease the run holds ({@link SyncLease#fencingToken()}). The sink keeps
   * the highest token it committed and MUST refuse a batch with a lower one, storing nothing: it
   * comes from a worker that lost its lease while paused (a long GC, a frozen VM) and woke after
   * another took over. Batches with the same token, or a higher one, are taken.
   */
  public abstract long fencingToken();

  /** Changes for Levitate's contacts, in log order (positions without gaps). */
  public abstract List<ContactChange> changes();

  /**
   * Contact states to insert or replace, keyed by Salesforce id. Each replaces only the version
   * before its own ({@link ContactState#follows(java.util.Optional)}): the state the engine read
   * when it decided the page. Where another is stored, the whole batch is refused.
   */
  public abstract List<ContactState> states();

  /**
   * {@link #states()} as the host stores them once it applied {@link #changes()}, given the tags
   * and key facts each changed contact showed before the batch (by Salesforce id; a contact
   * Levitate did not hold yet is left out). A tag or key fact a change adds that its contact
   * already showed was not the sync's doing: it moves from the state's owned ones to its {@link
   * ContactState#personTags() person's}, so the sync never takes it away.
   *
   * <pre>{@code
   * Map<String, ShownTags> before = levitate.shownTags(changedIds(batch));
   * batch.changes().forEach(levitate::apply);
   * stateTable.upsert(batch.statesAfter(before));
   * }</pre>
   */
  public List<ContactState> statesAfter(Map<String, ShownTags> shownBefore) {
    Map<String, Set<String>> tagsAdded = new HashMap<>();
    Map<String, Set<OwnedKeyFact>> factsAdded = new HashMap<>();
    for (ContactChange change : changes()) {
      tagsAdded
          .computeIfAbsent(change.salesforceId(), id -> new HashSet<>())
          .addAll(change.tagsAdded());
      change
          .keyFactsAdded()
          .forEach(
              fact ->
                  factsAdded
                      .computeIfAbsent(change.salesforceId(), id -> new HashSet<>())
                      .add(OwnedKeyFact.of(fact)));
    }
    List<ContactState> after = new ArrayList<>(states().size());
    for (ContactState state : states()) {
      ShownTags shown = shownBefore.get(state.salesforceId());
      if (shown == null) {
        after.add(state);
        continue;
      }
      Set<String> added = tagsAdded.getOrDefault(state.salesforceId(), Set.of());
      Set<OwnedKeyFact> addedFacts = factsAdded.getOrDefault(state.salesforceId(), Set.of());
      List<String> personTags =
          moved(
              state.ownedTags(),
              state.personTags(),
              tag -> added.contains(tag) && shown.tags().contains(tag));
      List<OwnedKeyFact> personFacts =
          moved(
              state.ownedKeyFacts(),
              state.personKeyFacts(),
              fact -> addedFacts.contains(fact) && shown.keyFacts().contains(fact));
      if (personTags.equals(state.personTags()) && personFacts.equals(state.personKeyFacts())) {
        after.add(state);
        continue;
      }
      List<String> owned = new ArrayList<>(state.ownedTags());
      owned.removeAll(personTags);
      List<OwnedKeyFact> ownedFacts = new ArrayList<>(state.ownedKeyFacts());
      ownedFacts.removeAll(personFacts);
      after.add(
          ContactState.builder()
              .from(state)
              .ownedTags(owned)
              .ownedKeyFacts(ownedFacts)
              .personTags(personTags)
              .personKeyFacts(personFacts)
              .build());
    }
    return after;
  }

  /** {@code person} with the items of {@code owned} that {@code found} picks appended. */
  private static <T> List<T> moved(List<T> owned, List<T> person, Predicate<T> found) {
    List<T> out = new ArrayList<>(person);
    for (T item : owned) {
      if (found.test(item) && !out.contains(item)) {
        out.add(item);
      }
    }
    return out;
  }

  /** Held changes to insert or replace, keyed by Salesforce id. */
  public abstract List<HeldChange> heldAdded();

  /** Salesforce ids whose held change is to be deleted. */
  public abstract List<String> heldRemoved();

  /** The run state to store in place of the previous one. */
  public abstract RunState runState();

  /**
   * Builds a {@link SyncBatch}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableSyncBatch.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
