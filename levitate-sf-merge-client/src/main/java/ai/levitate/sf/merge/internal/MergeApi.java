package ai.levitate.sf.merge.internal;

import ai.levitate.sf.merge.internal.wire.NoteCreateBody;
import ai.levitate.sf.merge.internal.wire.PassthroughBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * Merge's CRM API as Retrofit sees it, relative to the base URL ({@code .../api/crm/v1/}). Every
 * answer is streamed raw: the transport caps its size and parses it, so one broken record cannot
 * fail a page. Null query parameters are left out. {@code expand} is sent encoded as given, because
 * Merge wants one literal comma ({@code expand=account,owner}) where Retrofit would send {@code %2C}.
 */
public interface MergeApi {
  @Streaming
  @GET("contacts")
  Call<ResponseBody> contacts(
      @Query(value = "expand", encoded = true) String expand,
      @Query("include_remote_fields") Boolean includeRemoteFields,
      @Query("include_remote_data") Boolean includeRemoteData,
      @Query("include_deleted_data") Boolean includeDeletedData,
      @Query("page_size") Integer pageSize,
      @Query("cursor") String cursor,
      @Query("modified_after") String modifiedAfter,
      @Query("modified_before") String modifiedBefore,
      @Query("created_after") String createdAfter,
      @Query("created_before") String createdBefore,
      @Query("account_id") String accountId,
      @Query("remote_id") String remoteId);

  @Streaming
  @GET("contacts/{id}")
  Call<ResponseBody> contact(
      @Path("id") String id,
      @Query(value = "expand", encoded = true) String expand,
      @Query("include_remote_fields") Boolean includeRemoteFields,
      @Query("include_remote_data") Boolean includeRemoteData);

  @Streaming
  @GET("contacts/remote-field-classes")
  Call<ResponseBody> contactRemoteFieldClasses(
      @Query("page_size") Integer pageSize, @Query("cursor") String cursor);

  @Streaming
  @GET("accounts")
  Call<ResponseBody> accounts(@Query("page_size") Integer pageSize,
      @Query("cursor") String cursor, @Query("modified_after") String modifiedAfter,
      @Query("include_remote_fields") Boolean includeRemoteFields,
      @Query("include_deleted_data") Boolean includeDeletedData);

  @Streaming
  @GET("accounts/{id}")
  Call<ResponseBody> account(
      @Path("id") String id, @Query("include_remote_fields") Boolean includeRemoteFields);

  @Streaming
  @GET("accounts/remote-field-classes")
  Call<ResponseBody> accountRemoteFieldClasses(
      @Query("page_size") Integer pageSize, @Query("cursor") String cursor);

  @Streaming
  @GET("users")
  Call<ResponseBody> users(@Query("page_size") Integer pageSize, @Query("cursor") String cursor,
      @Query("modified_after") String modifiedAfter);

  @Streaming
  @GET("notes")
  Call<ResponseBody> notes(@Query("contact_id") String contactId,
      @Query("page_size") Integer pageSize, @Query("cursor") String cursor);

  @Streaming
  @POST("notes")
  Call<ResponseBody> createNote(
      @Header("Idempotency-Key") String idempotencyKey, @Body NoteCreateBody body);

  @Streaming
  @GET("notes/meta/post")
  Call<ResponseBody> notesMetaPost();

  @Streaming
  @GET("sync-status")
  Call<ResponseBody> syncStatus(@Query("page_size") Integer pageSize, @Query("cursor") String cursor);

  @Streaming
  @GET("account-details")
  Call<ResponseBody> accountDetails();

  @Streaming
  @GET("issues")
  Call<ResponseBody> issues(@Query("linked_account_id") String linkedAccountId,
      @Query("status") String status, @Query("page_size") Integer pageSize,
      @Query("cursor") String cursor);

  /** Passthrough requests carry an idempotency key so that a read forwarded through them may be retried. */
  @Streaming
  @POST("passthrough")
  Call<ResponseBody> passthrough(
      @Header("Idempotency-Key") String idempotencyKey, @Body PassthroughBody body);
}
