package ai.levitate.sf.merge;

import org.immutables.value.Value;

/**
 * One reason a linked account cannot sync yet, or something an admin should know, in plain words.
 */
@Value.Immutable
public abstract class PreflightProblem {
  PreflightProblem() {}

  /** What the problem is about. */
  public enum Kind {
    /** Merge refused the API key or the account token. */
    AUTHENTICATION_FAILED(true),
    /** The linked account is not a Salesforce org. */
    NOT_SALESFORCE(true),
    /** The connecting user must sign in again through Merge Link. */
    RELINK_NEEDED(true),
    /** Linking through Merge Link was never finished. */
    LINK_INCOMPLETE(true),
    /** Merge is still on its first pull of contacts. */
    INITIAL_SYNC_RUNNING(true),
    /** Merge reports no contact sync at all for the account. */
    CONTACT_SYNC_MISSING(true),
    /** Merge's contact sync is paused or disabled. */
    CONTACT_SYNC_STOPPED(true),
    /** Merge's last contact sync failed or was partial; its copy may be incomplete. */
    CONTACT_SYNC_FAILED(false),
    /**
     * Merge gives no remote fields (they need its Professional or Enterprise plan): the sync runs
     * on Merge's common model, and the rules that read Salesforce fields cannot apply.
     */
    REMOTE_FIELDS_UNAVAILABLE(false),
    /** The Salesforce edition has no API access ({@code API_DISABLED_FOR_ORG}). */
    API_DISABLED(true),
    /** Notes cannot be written back now. */
    NOTES_NOT_WRITABLE(false),
    /** Merge reports another open issue on the account. */
    MERGE_ISSUE(false),
    /** A check could not be made; the reason says why. */
    CHECK_FAILED(false);

    private final boolean blocking;

    Kind(boolean blocking) {
      this.blocking = blocking;
    }

    /** Whether a sync cannot run while this problem stands. */
    public boolean blocking() {
      return blocking;
    }
  }

  @Value.Parameter
  public abstract Kind kind();

  /** One or two sentences for a Levitate admin: what is wrong and what to do. */
  @Value.Parameter
  public abstract String message();

  public boolean blocking() {
    return kind().blocking();
  }

  public static PreflightProblem of(Kind kind, String message) {
    return ImmutablePreflightProblem.of(kind, message);
  }
}
