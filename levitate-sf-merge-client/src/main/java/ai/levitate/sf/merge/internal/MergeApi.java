package ai.levitate.sf.merge.internal;

import ai.levitate.sf.merge.AccountDetails;
import ai.levitate.sf.merge.CreatedNote;
import ai.levitate.sf.merge.NoteWriteMeta;
import ai.levitate.sf.merge.internal.http.Answered;
import ai.levitate.sf.merge.internal.http.MergeCalls;
import ai.levitate.sf.merge.internal.wire.ContactRecord;
import ai.levitate.sf.merge.internal.wire.ContactRecordPage;
import ai.levitate.sf.merge.internal.wire.NoteCreateBody;
import ai.levitate.sf.merge.internal.wire.PassthroughBody;
import ai.levitate.sf.merge.internal.wire.PassthroughDto;
import ai.levitate.sf.merge.internal.wire.RawPage;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Merge's CRM API, relative to the base URL ({@code .../api/crm/v1/}): one method per endpoint,
 * returning what the endpoint answers. {@link MergeCalls} runs each call (rate limit, retries,
 * typed errors) and {@link MergeConverters} decodes its answer, so an endpoint is added here alone.
 *
 * <p>An empty {@code Optional} leaves its query parameter or header out; instants go in Merge's
 * format, to the microsecond. {@code expand} is sent encoded as given, because Merge wants one
 * literal comma ({@code expand=account,owner}) where Retrofit would send {@code %2C}. List pages
 * come as {@link RawPage}s (contacts as {@link ContactRecordPage}s), so one broken record cannot
 * fail a page; an {@link Answered} value comes with its answer, for a caller that reads it further
 * and must name the answer when that fails.
 */
public interface MergeApi {
  /** Merge wants the two expansions as one value with a literal comma. */
  String CONTACT_EXPAND = "account,owner";

  /** Merge's largest page. */
  int MAX_PAGE_SIZE = 100;

  @GET("contacts")
  Answered<ContactRecordPage> contacts(
      @Query(value = "expand", encoded = true) String expand,
      @Query("include_remote_fields") boolean includeRemoteFields,
      @Query("include_remote_data") Optional<Boolean> includeRemoteData,
      @Query("include_deleted_data") Optional<Boolean> includeDeletedData,
      @Query("page_size") int pageSize,
      @Query("cursor") Optional<String> cursor,
      @Query("modified_after") Optional<Instant> modifiedAfter,
      @Query("modified_before") Optional<Instant> modifiedBefore,
      @Query("created_after") Optional<Instant> createdAfter,
      @Query("created_before") Optional<Instant> createdBefore,
      @Query("account_id") Optional<String> accountId,
      @Query("remote_id") Optional<String> remoteId);

  @GET("contacts/{id}")
  Answered<ContactRecord> contact(
      @Path("id") String id,
      @Query(value = "expand", encoded = true) String expand,
      @Query("include_remote_fields") boolean includeRemoteFields,
      @Query("include_remote_data") Optional<Boolean> includeRemoteData);

  @GET("contacts/remote-field-classes")
  RawPage contactRemoteFieldClasses(
      @Query("page_size") int pageSize, @Query("cursor") Optional<String> cursor);

  /** Accounts with their remote fields, deleted ones included (their contacts lose the company). */
  @GET("accounts")
  Answered<RawPage> accounts(
      @Query("page_size") int pageSize,
      @Query("cursor") Optional<String> cursor,
      @Query("modified_after") Optional<Instant> modifiedAfter,
      @Query("created_after") Optional<Instant> createdAfter,
      @Query("created_before") Optional<Instant> createdBefore,
      @Query("include_remote_fields") boolean includeRemoteFields,
      @Query("include_deleted_data") boolean includeDeletedData);

  @GET("accounts/{id}")
  Answered<JsonNode> account(
      @Path("id") String id, @Query("include_remote_fields") boolean includeRemoteFields);

  @GET("accounts/remote-field-classes")
  RawPage accountRemoteFieldClasses(
      @Query("page_size") int pageSize, @Query("cursor") Optional<String> cursor);

  @GET("users")
  RawPage users(
      @Query("page_size") int pageSize,
      @Query("cursor") Optional<String> cursor,
      @Query("modified_after") Optional<Instant> modifiedAfter);

  @GET("notes")
  RawPage notes(
      @Query("contact_id") String contactId,
      @Query("page_size") int pageSize,
      @Query("cursor") Optional<String> cursor);

  /**
   * Writes a note; retried only with an idempotency key.
   *
   * @throws ai.levitate.sf.merge.MergeWriteException when Merge answers 2xx but lists errors
   */
  @POST("notes")
  CreatedNote createNote(
      @Header("Idempotency-Key") Optional<String> idempotencyKey, @Body NoteCreateBody body);

  @GET("notes/meta/post")
  NoteWriteMeta notesMetaPost();

  @GET("sync-status")
  RawPage syncStatus(@Query("page_size") int pageSize, @Query("cursor") Optional<String> cursor);

  @GET("account-details")
  AccountDetails accountDetails();

  @GET("issues")
  RawPage issues(
      @Query("linked_account_id") String linkedAccountId,
      @Query("status") String status,
      @Query("page_size") int pageSize,
      @Query("cursor") Optional<String> cursor);

  /**
   * Passthrough requests carry an idempotency key so that a read forwarded through them may be
   * retried.
   */
  @POST("passthrough")
  Answered<PassthroughDto> passthrough(
      @Header("Idempotency-Key") String idempotencyKey, @Body PassthroughBody body);
}
