package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.AccountPage;
import ai.levitate.sf.core.spi.AccountQuery;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.ReadLimits;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The harness's source as its engine sees it: the engine's first asks for the field catalog and for
 * Merge's contact sync status get what the harness read from Merge just before (checking the
 * settings, the preflight), rather than the same request again; later asks, and everything else, go
 * to the source.
 */
final class ReadOnce implements ContactSource {
  private final ContactSource source;
  private final AtomicReference<FieldCatalog> catalog;
  private final AtomicReference<SourceSyncStatus> syncStatus;

  ReadOnce(ContactSource source, FieldCatalog catalog, Optional<SourceSyncStatus> syncStatus) {
    this.source = Objects.requireNonNull(source, "source == null");
    this.catalog = new AtomicReference<>(Objects.requireNonNull(catalog, "catalog == null"));
    this.syncStatus = new AtomicReference<>(syncStatus.orElse(null));
  }

  @Override
  public FieldCatalog fieldCatalog() {
    FieldCatalog read = catalog.getAndSet(null);
    return read != null ? read : source.fieldCatalog();
  }

  /** The preflight's status once, when it had one; a preflight that could not tell asks again. */
  @Override
  public Optional<SourceSyncStatus> contactSyncStatus() {
    SourceSyncStatus read = syncStatus.getAndSet(null);
    return read != null ? Optional.of(read) : source.contactSyncStatus();
  }

  @Override
  public ContactPage readContacts(ContactQuery query) {
    return source.readContacts(query);
  }

  @Override
  public boolean listsByCreatedAt() {
    return source.listsByCreatedAt();
  }

  @Override
  public Optional<ReadLimits> readLimits() {
    return source.readLimits();
  }

  @Override
  public List<SourceAccount> accountsModifiedAfter(Instant after) {
    return source.accountsModifiedAfter(after);
  }

  @Override
  public Iterable<SourceAccount> accounts() {
    return source.accounts();
  }

  @Override
  public Optional<AccountPage> readAccounts(AccountQuery query) {
    return source.readAccounts(query);
  }

  @Override
  public Optional<SourceAccount> account(String mergeId) {
    return source.account(mergeId);
  }

  @Override
  public List<SourceUser> usersModifiedAfter(Instant after) {
    return source.usersModifiedAfter(after);
  }

  @Override
  public long requestCount() {
    return source.requestCount();
  }

  @Override
  public Optional<Instant> sourceNow() {
    return source.sourceNow();
  }

  @Override
  public String toString() {
    return source.toString();
  }
}
