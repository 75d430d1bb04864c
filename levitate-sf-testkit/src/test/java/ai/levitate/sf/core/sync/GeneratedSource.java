package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A source of {@code count} generated contacts that makes each page when asked and keeps none:
 * contact {@code i} is the same every time (seeded by {@code i}), so memory tests measure the
 * engine.
 */
final class GeneratedSource implements ContactSource {
  private final int count;
  private final List<SourceAccount> accounts = Fixtures.accounts();
  private final List<SourceUser> users = Fixtures.users();
  private long requests;

  GeneratedSource(int count) {
    this.count = count;
  }

  @Override
  public FieldCatalog fieldCatalog() {
    requests++;
    return Fixtures.CATALOG;
  }

  @Override
  public Optional<SourceSyncStatus> contactSyncStatus() {
    requests++;
    return Optional.empty();
  }

  @Override
  public ContactPage readContacts(ContactQuery query) {
    requests++;
    int from = query.cursor().map(Integer::parseInt).orElse(0);
    int to = Math.min(count, from + query.pageSize());
    List<SourceContact> page = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      Random random = new Random(i);
      page.add(
          Fixtures.contact(
              random,
              i,
              Fixtures.T0.minus(Duration.ofSeconds(count - i)),
              accounts.get(random.nextInt(accounts.size())),
              users.get(random.nextInt(users.size()))));
    }
    return ContactPage.builder()
        .contacts(page)
        .next(to < count ? Optional.of(Integer.toString(to)) : Optional.empty())
        .build();
  }

  @Override
  public List<SourceAccount> accountsModifiedAfter(Instant after) {
    requests++;
    return List.of();
  }

  @Override
  public List<SourceUser> usersModifiedAfter(Instant after) {
    requests++;
    return List.of();
  }

  @Override
  public long requestCount() {
    return requests;
  }
}
