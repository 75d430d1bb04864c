package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the sync reads Salesforce from, for one linked account. levitate-sf-merge-client implements
 * it over the Merge CRM API; tests may implement it in memory.
 *
 * <p>Every method may throw {@link ai.levitate.sf.core.LevitateSfException} (or a subclass) when
 * the source cannot answer; the engine then ends the run with its checkpoint intact.
 */
public interface ContactSource {
  /** The Contact fields the connected Salesforce user can see. */
  FieldCatalog fieldCatalog();

  /** Merge's own sync state for contacts, when it reports one. */
  Optional<SourceSyncStatus> contactSyncStatus();

  /**
   * One page of contacts matching {@code query}, starting at its cursor.
   *
   * @throws CursorRejectedException when the query's cursor is no longer valid (expired, or not one
   *     the source made); the engine then reads the slice again from its start
   */
  ContactPage readContacts(ContactQuery query);

  /**
   * Whether {@link #readContacts} lists contacts in order of Merge's {@code created_at} (oldest or
   * newest first, each page going on where the last ended), as Merge does. Only then does a
   * partitioned read split a window where a page ends; false, the default, reads in sequence.
   */
  default boolean listsByCreatedAt() {
    return false;
  }

  /**
   * The rate and the requests at once this source allows, when it limits them (Merge's client does:
   * the account's plan). With them, and unless the host fixes the number, the engine reads a full
   * pass over a source that {@linkplain #listsByCreatedAt() lists by created_at} with as many pages
   * at once as keep that rate busy; empty, the default, reads page after page.
   */
  default Optional<ReadLimits> readLimits() {
    return Optional.empty();
  }

  /**
   * Accounts Merge changed after {@code after}, deleted ones included, each with its remote fields
   * ({@link SourceAccount#fieldsRead()}): renamed and re-typed companies.
   */
  List<SourceAccount> accountsModifiedAfter(Instant after);

  /**
   * Every account, deleted ones included, each with its remote fields, read lazily: a full pass
   * reads them once to know each contact's account {@code Type} (households) and to name accounts
   * Merge sends as an id alone. The default knows no account: then no account counts as a
   * household.
   */
  default Iterable<SourceAccount> accounts() {
    return List.of();
  }

  /**
   * One page of the accounts list, as {@link #accounts()} reads it (deleted accounts included, each
   * with its remote fields), limited to {@code query}'s window of {@code created_at}; empty, the
   * default, when the source does not page its accounts this way, and then for every query. A
   * source that answers and {@linkplain #listsByCreatedAt() lists by created_at} lists its accounts
   * in that order too, each with its {@link SourceAccount#createdAt()}: a full pass then reads the
   * accounts list in windows side by side, as it reads contacts, rather than page after page, and
   * calls this from several threads at once.
   */
  default Optional<AccountPage> readAccounts(AccountQuery query) {
    return Optional.empty();
  }

  /**
   * One account by Merge's id, with its remote fields, for a contact whose account the run has not
   * read otherwise; empty when the source knows no such account or cannot look one up (the
   * default).
   */
  default Optional<SourceAccount> account(String mergeId) {
    return Optional.empty();
  }

  /** Users Merge changed after {@code after}, for renamed owners. */
  List<SourceUser> usersModifiedAfter(Instant after);

  /** Requests this source has sent so far, retries included; for run reports. */
  long requestCount();

  /**
   * The source's own clock now, when its answers tell it (Merge's: the {@code Date} header of its
   * latest answer, plus the time since on the client's clock). The engine bounds what a run reads
   * ({@code modified_before}, and the next run's {@code modified_after}) by this clock, which
   * stamps {@code modified_at}, rather than by the worker's. Empty, the default, when the source
   * cannot tell: the engine then uses its own clock.
   */
  default Optional<Instant> sourceNow() {
    return Optional.empty();
  }
}
