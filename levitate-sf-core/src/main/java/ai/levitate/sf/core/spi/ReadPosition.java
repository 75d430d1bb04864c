package ai.levitate.sf.core.spi;

import java.util.List;
import org.immutables.value.Value;

/**
 * How far a run has read one slice of the contacts: the query of the next page with its cursor, or,
 * for contacts read one by one, the ids and how many were read. A checkpoint holds a list of them,
 * so slices (e.g. windows of Merge's {@code created_at}) can be read and resumed independently.
 */
@Value.Immutable
public abstract class ReadPosition {
  ReadPosition() {}

  /** Why a slice is read. */
  public enum Purpose {
    /** Every contact (a full pass). */
    ALL,
    /** Contacts Merge changed since the previous successful run. */
    MODIFIED,
    /** Every contact of one account that changed (a renamed company). */
    ACCOUNT,
    /**
     * Contacts read one by one by Salesforce id: the contacts of renamed owners, and records the
     * previous run could not read.
     */
    BY_ID,
    /** Records the previous run could not read that showed no Salesforce id, read by Merge id. */
    BY_MERGE_ID
  }

  public abstract Purpose purpose();

  /** The query of the next page, cursor included; for contacts read one by one, the template. */
  public abstract ContactQuery query();

  /**
   * For contacts read one by one, the ids to read, in order: Salesforce ids for {@link
   * Purpose#BY_ID}, Merge ids for {@link Purpose#BY_MERGE_ID}.
   */
  public abstract List<String> remoteIds();

  /** For contacts read one by one: how many of {@link #remoteIds()} were read. */
  @Value.Default
  public int idsRead() {
    return 0;
  }

  /** Whether the slice was read to its end. */
  @Value.Default
  public boolean done() {
    return false;
  }

  @Value.Check
  protected void check() {
    if (oneByOne() == remoteIds().isEmpty() && !done()) {
      throw new IllegalArgumentException(
          purpose() + " position must " + (oneByOne() ? "" : "not ") + "list ids");
    }
    if (idsRead() < 0 || idsRead() > remoteIds().size()) {
      throw new IllegalArgumentException(
          "idsRead must be between 0 and " + remoteIds().size() + ", was " + idsRead());
    }
  }

  /** Whether the slice reads contacts one by one, by the ids it lists. */
  public boolean oneByOne() {
    return purpose() == Purpose.BY_ID || purpose() == Purpose.BY_MERGE_ID;
  }

  /**
   * Builds a {@link ReadPosition}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableReadPosition.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  public static ReadPosition of(Purpose purpose, ContactQuery query) {
    return builder().purpose(purpose).query(query).build();
  }
}
