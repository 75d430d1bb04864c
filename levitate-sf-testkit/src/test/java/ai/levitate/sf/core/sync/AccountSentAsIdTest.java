package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An account Merge names by its id alone is looked up; a known company is never blanked. */
final class AccountSentAsIdTest {
  private final World world = new World(20);
  private final List<String> lookups = new ArrayList<>();

  /** Contact {@code i} with its account named by id alone, edited a minute from now. */
  private void idOnly(int i) {
    world.edit(
        i,
        c ->
            c.account(
                SourceAccount.builder()
                    .mergeId(c.build().account().orElseThrow().mergeId())
                    .idOnly(true)
                    .build()));
  }

  private LevitateContact synced(int i) {
    return world.store.contact(Fixtures.salesforceId(i)).orElseThrow().contact().orElseThrow();
  }

  /** The source, with each account looked up by id noted. */
  private ContactSource counting(ContactSource source) {
    return new ContactSource() {
      @Override
      public FieldCatalog fieldCatalog() {
        return source.fieldCatalog();
      }

      @Override
      public Optional<SourceSyncStatus> contactSyncStatus() {
        return source.contactSyncStatus();
      }

      @Override
      public ContactPage readContacts(ContactQuery query) {
        return source.readContacts(query);
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
      public Optional<SourceAccount> account(String mergeId) {
        lookups.add(mergeId);
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
    };
  }

  @Test
  void aFullPassNamesTheAccountFromTheAccountsItRead() {
    idOnly(3);
    String company =
        world
            .source
            .contact(Fixtures.mergeId(3))
            .orElseThrow()
            .account()
            .map(SourceAccount::mergeId)
            .map(id -> "Company " + id.substring(3))
            .orElseThrow();

    world.clock.advance(Duration.ofHours(1));
    world.engine(this::counting).run();

    assertThat(synced(3).companyName()).hasValue(company);
    assertThat(lookups).isEmpty();
  }

  @Test
  void anIncrementalRunKeepsTheCompanyItKnewWhenMergeSendsAnId() {
    world.run();
    String company = synced(5).companyName().orElseThrow();
    int before = world.store.changes().size();
    idOnly(5);
    world.edit(5, c -> c.putFields("Title", FieldValue.text("Principal")));

    world.clock.advance(Duration.ofHours(1));
    world.engine(this::counting).run();

    assertThat(world.changesSince(before))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(ChangeType.UPDATE);
              assertThat(c.contact().orElseThrow().companyName()).hasValue(company);
            });
    assertThat(lookups).as("the state knew the account").isEmpty();
  }

  @Test
  void aContactMovedToAnAccountSentAsAnIdIsLookedUp() {
    world.run();
    world.edit(7, c -> c.account(SourceAccount.builder().mergeId("ma-9").idOnly(true).build()));
    world.edit(8, c -> c.account(SourceAccount.builder().mergeId("ma-9").idOnly(true).build()));

    world.clock.advance(Duration.ofHours(1));
    world.engine(this::counting).run();

    assertThat(synced(7).companyName()).hasValue("Company 9");
    assertThat(synced(8).companyName()).hasValue("Company 9");
    assertThat(lookups).containsExactly("ma-9");
  }
}
