package ai.levitate.sf.merge;

import ai.levitate.sf.core.writeback.NoteRequest;
import ai.levitate.sf.merge.internal.MergeService;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.http.Answer;
import ai.levitate.sf.merge.internal.wire.MetaDto;
import ai.levitate.sf.merge.internal.wire.NoteCreateBody;
import ai.levitate.sf.merge.internal.wire.NoteDto;
import ai.levitate.sf.merge.internal.wire.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The note calls behind {@link MergeCrmClient}: write one, ask whether writes work, list them. */
final class MergeNotes {
  private final MergeService service;

  MergeNotes(MergeService service) {
    this.service = service;
  }

  NoteWriteMeta writeMeta() {
    MetaDto meta = service.read(service.notesMetaPost(), MetaDto.class);
    Optional<MetaDto.Status> status = Optional.ofNullable(meta.status());
    return NoteWriteMeta.builder()
        .canMakeRequest(status.map(s -> Boolean.TRUE.equals(s.canMakeRequest())).orElse(false))
        .linkedAccountStatus(status.flatMap(s -> Records.present(s.linkedAccountStatus())))
        .hasConditionalParams(Boolean.TRUE.equals(meta.hasConditionalParams()))
        .hasRequiredLinkedAccountParams(Boolean.TRUE.equals(meta.hasRequiredLinkedAccountParams()))
        .requestSchemaJson(meta.requestSchema() == null ? "{}" : meta.requestSchema().toString())
        .build();
  }

  /** Merge may fail a write with a 2xx answer that lists errors: that is a failure too. */
  CreatedNote create(NoteRequest note) {
    NoteCreateBody body = new NoteCreateBody(new NoteCreateBody.Model(note.body(),
        note.contactId(), note.ownerId().orElse(null), note.accountId().orElse(null),
        Map.of("title", note.title())));
    Answer answer = service.createNote(note.idempotencyKey(), body);
    JsonNode root = service.tree(answer);
    if (!Problems.list(root.get("errors")).isEmpty()) {
      MergeExchange exchange = service.failures().exchange(answer.request(), answer.status(),
          answer.headers(), answer.body(), answer.attempts());
      List<MergeProblem> errors = exchange.problems();
      throw new MergeWriteException(answer.request() + " answered HTTP " + answer.status()
          + " with errors: " + errors.get(0).describe()
          + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""), exchange);
    }
    JsonNode model = root.path("model");
    Optional<String> id = Records.present(model.path("id").asText(null));
    if (!model.isObject() || id.isEmpty()) {
      throw service.failures().invalid(answer, "no note id and no errors");
    }
    return CreatedNote.builder()
        .noteId(id.get())
        .remoteId(Records.present(model.path("remote_id").asText(null)))
        .warnings(service.failures().redact(Problems.list(root.get("warnings"))))
        .build();
  }

  MergePages<MergeNote> ofContact(String contactId) {
    return new MergePages<>("GET notes", Optional.empty(), cursor -> Records.page(
        service.notes(contactId, cursor), node -> Records.note(Records.as(node, NoteDto.class))));
  }
}
