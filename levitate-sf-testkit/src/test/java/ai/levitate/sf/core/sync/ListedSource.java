package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed contacts listed in an order of the test's choosing (newest first, or in no time order at
 * all), with Merge's exclusive time filters and offsets as cursors: a source that does not list the
 * way the fake and Merge do.
 */
final class ListedSource implements ContactSource {
  private final List<SourceContact> contacts;
  private final boolean byCreatedAt;
  private final AtomicLong requests = new AtomicLong();

  /** {@code byCreatedAt}: whether {@code order} is one of {@code created_at}, either way. */
  ListedSource(List<SourceContact> contacts, Comparator<SourceContact> order, boolean byCreatedAt) {
    this.contacts = contacts.stream().sorted(order).toList();
    this.byCreatedAt = byCreatedAt;
  }

  @Override
  public boolean listsByCreatedAt() {
    return byCreatedAt;
  }

  @Override
  public FieldCatalog fieldCatalog() {
    requests.incrementAndGet();
    return Fixtures.CATALOG;
  }

  @Override
  public Optional<SourceSyncStatus> contactSyncStatus() {
    requests.incrementAndGet();
    return Optional.empty();
  }

  @Override
  public ContactPage readContacts(ContactQuery query) {
    requests.incrementAndGet();
    List<SourceContact> matching = new ArrayList<>();
    for (SourceContact contact : contacts) {
      Instant created = contact.createdAt().orElseThrow();
      Instant modified = contact.modifiedAt().orElseThrow();
      if (query.createdAfter().map(created::isAfter).orElse(true)
          && query.createdBefore().map(created::isBefore).orElse(true)
          && query.modifiedAfter().map(modified::isAfter).orElse(true)
          && query.modifiedBefore().map(modified::isBefore).orElse(true)
          && query.remoteId().map(id -> contact.remoteId().orElseThrow().equals(id)).orElse(true)) {
        matching.add(contact);
      }
    }
    int from = query.cursor().map(Integer::parseInt).orElse(0);
    int to = Math.min(matching.size(), from + query.pageSize());
    return ContactPage.builder()
        .contacts(matching.subList(from, to))
        .next(to < matching.size() ? Optional.of(Integer.toString(to)) : Optional.empty())
        .build();
  }

  @Override
  public List<SourceAccount> accountsModifiedAfter(Instant after) {
    requests.incrementAndGet();
    return List.of();
  }

  @Override
  public List<SourceUser> usersModifiedAfter(Instant after) {
    requests.incrementAndGet();
    return List.of();
  }

  @Override
  public long requestCount() {
    return requests.get();
  }
}
