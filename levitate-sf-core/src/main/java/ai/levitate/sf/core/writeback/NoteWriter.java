package ai.levitate.sf.core.writeback;

import java.util.Optional;

/**
 * Where the write-back engine creates Salesforce notes, for one linked account.
 * levitate-sf-merge-client implements it over Merge's {@code POST /notes}.
 *
 * <p>A failure that concerns the whole account (bad credentials, a relink needed) is thrown as a
 * {@link ai.levitate.sf.core.LevitateSfException} and ends the run; a failure of one note is a
 * {@link NoteWriteResult}.
 */
public interface NoteWriter {
  /** Creates the note, sending its idempotency key. */
  NoteWriteResult write(NoteRequest request);

  /** The id of a note on this contact whose body carries {@code reference}, if one exists. */
  Optional<String> findNote(String mergeContactId, String reference);

  /** Merge's id of the contact with this Salesforce id, when Merge has it. */
  Optional<String> mergeContactId(String salesforceContactId);

  /** Merge's id of the user with this Salesforce user id, when Merge has it. */
  Optional<String> mergeUserId(String salesforceUserId);

  /** Requests sent so far, retries included; for run reports. */
  long requestCount();
}
