package ai.levitate.sf.merge;

import ai.levitate.sf.core.writeback.NoteRequest;
import ai.levitate.sf.merge.internal.MergeApi;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.wire.NoteCreateBody;
import ai.levitate.sf.merge.internal.wire.NoteDto;
import java.util.Map;
import java.util.Optional;

/** The note calls behind {@link MergeCrmClient}: write one, ask whether writes work, list them. */
final class MergeNotes {
  private final MergeApi api;

  MergeNotes(MergeApi api) {
    this.api = api;
  }

  NoteWriteMeta writeMeta() {
    return api.notesMetaPost();
  }

  /**
   * Writes {@code note}.
   *
   * @throws MergeWriteException when Merge answers 2xx but lists errors
   */
  CreatedNote create(NoteRequest note) {
    NoteCreateBody body =
        new NoteCreateBody(
            new NoteCreateBody.Model(
                note.body(),
                note.contactId(),
                note.ownerId().orElse(null),
                note.accountId().orElse(null),
                Map.of("title", note.title())));
    return api.createNote(note.idempotencyKey(), body);
  }

  MergePages<MergeNote> ofContact(String contactId) {
    return new MergePages<>(
        "GET notes",
        Optional.empty(),
        cursor ->
            Records.page(
                api.notes(contactId, MergeApi.MAX_PAGE_SIZE, cursor),
                node -> Records.note(Records.as(node, NoteDto.class))));
  }
}
