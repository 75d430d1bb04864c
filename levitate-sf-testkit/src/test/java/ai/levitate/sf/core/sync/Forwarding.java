package ai.levitate.sf.core.sync;

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
import java.util.Optional;

/** A source that hands every call to another; tests override the calls they watch. */
class Forwarding implements ContactSource {
  private final ContactSource inner;

  Forwarding(ContactSource inner) {
    this.inner = inner;
  }

  @Override
  public FieldCatalog fieldCatalog() {
    return inner.fieldCatalog();
  }

  @Override
  public Optional<SourceSyncStatus> contactSyncStatus() {
    return inner.contactSyncStatus();
  }

  @Override
  public ContactPage readContacts(ContactQuery query) {
    return inner.readContacts(query);
  }

  @Override
  public boolean listsByCreatedAt() {
    return inner.listsByCreatedAt();
  }

  @Override
  public Optional<ReadLimits> readLimits() {
    return inner.readLimits();
  }

  @Override
  public List<SourceAccount> accountsModifiedAfter(Instant after) {
    return inner.accountsModifiedAfter(after);
  }

  @Override
  public Iterable<SourceAccount> accounts() {
    return inner.accounts();
  }

  @Override
  public Optional<AccountPage> readAccounts(AccountQuery query) {
    return inner.readAccounts(query);
  }

  @Override
  public Optional<SourceAccount> account(String mergeId) {
    return inner.account(mergeId);
  }

  @Override
  public List<SourceUser> usersModifiedAfter(Instant after) {
    return inner.usersModifiedAfter(after);
  }

  @Override
  public long requestCount() {
    return inner.requestCount();
  }
}
