package ai.levitate.sf.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.spi.ContactSource;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ReadOnceTest {
  private static final FieldCatalog READ = FieldCatalog.of();
  private static final FieldCatalog FRESH = FieldCatalog.builder().build();
  private static final SourceSyncStatus DONE =
      SourceSyncStatus.builder().modelId("crm.Contact").status(SourceSyncStatus.State.DONE).build();
  private static final SourceSyncStatus SYNCING =
      SourceSyncStatus.builder()
          .modelId("crm.Contact")
          .status(SourceSyncStatus.State.SYNCING)
          .build();

  private final List<String> asked = new ArrayList<>();
  private final ContactSource source =
      (ContactSource)
          Proxy.newProxyInstance(
              ContactSource.class.getClassLoader(),
              new Class<?>[] {ContactSource.class},
              (proxy, method, args) -> {
                asked.add(method.getName());
                return switch (method.getName()) {
                  case "fieldCatalog" -> FRESH;
                  case "contactSyncStatus" -> Optional.of(SYNCING);
                  case "listsByCreatedAt" -> true;
                  case "requestCount" -> 7L;
                  case "readLimits", "sourceNow", "account", "readAccounts" -> Optional.empty();
                  case "accountsModifiedAfter", "usersModifiedAfter", "accounts" -> List.of();
                  case "toString" -> "source";
                  default -> null;
                };
              });

  @Test
  void theFirstCatalogAndSyncStatusAreWhatWasReadThenTheSourceIsAsked() {
    ReadOnce once = new ReadOnce(source, READ, Optional.of(DONE));

    assertThat(once.fieldCatalog()).isSameAs(READ);
    assertThat(once.contactSyncStatus()).contains(DONE);
    assertThat(asked).isEmpty();

    assertThat(once.fieldCatalog()).isSameAs(FRESH);
    assertThat(once.contactSyncStatus()).contains(SYNCING);
    assertThat(asked).containsExactly("fieldCatalog", "contactSyncStatus");
  }

  @Test
  void aSyncStatusThePreflightCouldNotReadIsAskedFor() {
    ReadOnce once = new ReadOnce(source, READ, Optional.empty());

    assertThat(once.contactSyncStatus()).contains(SYNCING);
    assertThat(asked).containsExactly("contactSyncStatus");
  }

  @Test
  void everyOtherQuestionGoesToTheSource() throws Exception {
    ReadOnce once = new ReadOnce(source, READ, Optional.empty());

    assertThat(once.listsByCreatedAt()).isTrue();
    assertThat(once.requestCount()).isEqualTo(7);
    // Each of the interface's methods, defaults included (a default left out would answer for the
    // source): a method the interface gains fails here until it is passed on.
    for (Method method : ContactSource.class.getMethods()) {
      assertThat(ReadOnce.class.getDeclaredMethod(method.getName(), method.getParameterTypes()))
          .as(method.getName())
          .isNotNull();
    }
    List<String> expected =
        new ArrayList<>(
            Arrays.stream(ContactSource.class.getMethods())
                .map(Method::getName)
                .filter(name -> !name.equals("fieldCatalog") && !name.equals("contactSyncStatus"))
                .toList());
    asked.clear();
    once.readContacts(null);
    once.listsByCreatedAt();
    once.readLimits();
    once.accountsModifiedAfter(null);
    once.accounts();
    once.readAccounts(null);
    once.account(null);
    once.usersModifiedAfter(null);
    once.requestCount();
    once.sourceNow();
    assertThat(asked).containsExactlyInAnyOrderElementsOf(expected);
  }
}
