package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.merge.AccountDetails;
import ai.levitate.sf.merge.MergeNote;
import ai.levitate.sf.merge.MergePage;
import ai.levitate.sf.merge.UnreadableRecord;
import ai.levitate.sf.merge.internal.wire.AccountDetailsDto;
import ai.levitate.sf.merge.internal.wire.AccountDto;
import ai.levitate.sf.merge.internal.wire.ContactRecord;
import ai.levitate.sf.merge.internal.wire.ContactRecordPage;
import ai.levitate.sf.merge.internal.wire.Json;
import ai.levitate.sf.merge.internal.wire.NoteDto;
import ai.levitate.sf.merge.internal.wire.RawPage;
import ai.levitate.sf.merge.internal.wire.SyncStatusDto;
import ai.levitate.sf.merge.internal.wire.UserDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads Merge's smaller records (accounts, users, notes, sync status) into models. */
public final class Records {
  private Records() {}

  /** Reads one record; a record of the wrong shape throws {@link RecordException}. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(JsonNode node) throws RecordException;
  }

  /** A page with each record read on its own; the unreadable ones are listed with their reason. */
  public static <T> MergePage<T> page(RawPage raw, Reader<T> reader) {
    return page(raw.results(), raw.next(), reader::read, node -> node);
  }

  /** A page of contacts with each read on its own; the unreadable ones listed with their reason. */
  public static MergePage<SourceContact> contacts(
      ContactRecordPage raw, ContactConverter converter) {
    return page(raw.results(), raw.next(), converter::convert, ContactRecord::fields);
  }

  /** Reads one record of any form. */
  @FunctionalInterface
  private interface FormReader<R, T> {
    T read(R record) throws RecordException;
  }

  /** The page of {@code records}; an unreadable one is named by the ids in its {@code fields}. */
  private static <R, T> MergePage<T> page(
      List<R> records,
      Optional<String> next,
      FormReader<R, T> reader,
      Function<R, JsonNode> fields) {
    var page = MergePage.<T>builder().next(next);
    for (R record : records) {
      try {
        page.addItems(reader.read(record));
      } catch (RecordException e) {
        page.addUnreadable(unreadable(fields.apply(record), e.getMessage()));
      }
    }
    return page.build();
  }

  /** A contact's ids as its fields give them: none for a record that is not an object. */
  public static UnreadableRecord unreadable(ContactRecord record, String reason) {
    return unreadable(record.fields(), reason);
  }

  public static UnreadableRecord unreadable(JsonNode node, String reason) {
    return UnreadableRecord.builder()
        .mergeId(node.isObject() ? scalar(node.get("id")) : Optional.empty())
        .remoteId(node.isObject() ? scalar(node.get("remote_id")) : Optional.empty())
        .reason(reason)
        .build();
  }

  public static <T> T as(JsonNode node, Class<T> type) throws RecordException {
    if (!node.isObject()) {
      throw new RecordException("the record is not a JSON object");
    }
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new RecordException(jsonReason(e));
    }
  }

  public static SourceAccount account(AccountDto dto) throws RecordException {
    return SourceAccount.builder()
        .mergeId(id(dto.id()))
        .remoteId(present(dto.remoteId()))
        .name(Optional.ofNullable(dto.name()))
        .modifiedAt(Timestamps.field("modified_at", dto.modifiedAt()))
        .remoteWasDeleted(Boolean.TRUE.equals(dto.remoteWasDeleted()))
        .build();
  }

  public static SourceUser user(UserDto dto) throws RecordException {
    return SourceUser.builder()
        .mergeId(id(dto.id()))
        .remoteId(present(dto.remoteId()))
        .name(Optional.ofNullable(dto.name()))
        .email(present(dto.email()))
        .active(Optional.ofNullable(dto.isActive()))
        .modifiedAt(Timestamps.field("modified_at", dto.modifiedAt()))
        .build();
  }

  /** An {@code account} reference: an id, or the expanded object. */
  static Optional<SourceAccount> account(JsonNode node) throws RecordException {
    return expandable(
        node,
        "account",
        id -> SourceAccount.builder().mergeId(id).idOnly(true).build(),
        object -> account(as(object, AccountDto.class)));
  }

  /** An {@code owner} reference: an id, or the expanded object. */
  static Optional<SourceUser> user(JsonNode node) throws RecordException {
    return expandable(
        node,
        "owner",
        id -> SourceUser.builder().mergeId(id).build(),
        object -> user(as(object, UserDto.class)));
  }

  private static <T> Optional<T> expandable(
      JsonNode node, String name, Function<String, T> idOnly, Reader<T> expanded)
      throws RecordException {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return present(node.asText()).map(idOnly);
    }
    try {
      return Optional.of(expanded.read(node));
    } catch (RecordException e) {
      throw new RecordException(name + ": " + e.getMessage());
    }
  }

  public static MergeNote note(NoteDto dto) throws RecordException {
    return MergeNote.builder()
        .mergeId(id(dto.id()))
        .remoteId(present(dto.remoteId()))
        .content(Optional.ofNullable(dto.content()))
        .contactId(reference(dto.contact()))
        .ownerId(reference(dto.owner()))
        .accountId(reference(dto.account()))
        .remoteCreatedAt(Timestamps.field("remote_created_at", dto.remoteCreatedAt()))
        .createdAt(Timestamps.field("created_at", dto.createdAt()))
        .modifiedAt(Timestamps.field("modified_at", dto.modifiedAt()))
        .build();
  }

  public static SourceSyncStatus syncStatus(SyncStatusDto dto) throws RecordException {
    String model =
        present(dto.modelId())
            .or(() -> present(dto.modelName()))
            .orElseThrow(() -> new RecordException("the record names no model"));
    return SourceSyncStatus.builder()
        .modelId(model)
        .status(state(dto.status()))
        .lastSyncResult(present(dto.lastSyncResult()).map(Records::state))
        .lastSyncStart(Timestamps.field("last_sync_start", dto.lastSyncStart()))
        .lastSyncFinished(Timestamps.field("last_sync_finished", dto.lastSyncFinished()))
        .nextSyncStart(Timestamps.field("next_sync_start", dto.nextSyncStart()))
        .initialSync(Boolean.TRUE.equals(dto.isInitialSync()))
        .build();
  }

  public static AccountDetails accountDetails(AccountDetailsDto dto) throws RecordException {
    return AccountDetails.builder()
        .id(present(dto.id()))
        .integration(present(dto.integration()))
        .integrationSlug(present(dto.integrationSlug()))
        .category(present(dto.category()))
        .status(present(dto.status()))
        .endUserOrganizationName(present(dto.endUserOrganizationName()))
        .endUserOriginId(present(dto.endUserOriginId()))
        .endUserEmailAddress(present(dto.endUserEmailAddress()))
        .accountType(present(dto.accountType()))
        .completedAt(Timestamps.field("completed_at", dto.completedAt()))
        .build();
  }

  static SourceSyncStatus.State state(String text) {
    if (text == null) {
      return SourceSyncStatus.State.UNKNOWN;
    }
    try {
      return SourceSyncStatus.State.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return SourceSyncStatus.State.UNKNOWN;
    }
  }

  /** A reference that is an id or an object with an id. */
  private static Optional<String> reference(JsonNode node) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return node.isObject() ? scalar(node.get("id")) : scalar(node);
  }

  private static String id(String id) throws RecordException {
    return present(id).orElseThrow(() -> new RecordException("the record has no id"));
  }

  /** A JSON scalar's text as sent, when it is neither JSON null nor blank. */
  public static Optional<String> text(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank()
        ? Optional.of(node.asText())
        : Optional.empty();
  }

  /** Text that is neither null nor blank, stripped. */
  public static Optional<String> present(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Optional<String> scalar(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull()
        ? present(node.asText())
        : Optional.empty();
  }

  /** What was wrong, naming the field: {@code first_name is an object, not text}. */
  static String jsonReason(JsonProcessingException e) {
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      StringBuilder path = new StringBuilder();
      for (var reference : mismatch.getPath()) {
        if (reference.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
        } else if (reference.getIndex() >= 0) {
          path.append('[').append(reference.getIndex()).append(']');
        }
      }
      String target =
          mismatch.getTargetType() == null
              ? "value"
              : mismatch.getTargetType() == String.class
                  ? "text"
                  : mismatch.getTargetType() == Boolean.class
                      ? "true or false"
                      : java.util.Collection.class.isAssignableFrom(mismatch.getTargetType())
                          ? "a list"
                          : "an object";
      return path + " does not hold " + target;
    }
    return e.getOriginalMessage();
  }
}
