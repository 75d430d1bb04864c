package ai.levitate.sf.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

final class SourceContactTest {
  private static final SourceContact ADA =
      SourceContact.builder()
          .mergeId("mc-1")
          .remoteId("003000000000001")
          .firstName("Ada")
          .lastName("Lovelace")
          .addEmails(SourceEmail.of("ada@example.com", "WORK"))
          .account(SourceAccount.builder().mergeId("ma-1").idOnly(true).build())
          .createdAt(Instant.parse("2026-01-05T09:00:00Z"))
          .putFields("Nickname__c", FieldValue.text("Countess"))
          .build();

  @Test
  void withAccountReplacesOnlyTheAccountAndSharesTheRest() {
    SourceAccount household =
        SourceAccount.builder().mergeId("ma-1").name("The Lovelace Household").build();

    SourceContact completed = ADA.withAccount(household);

    assertThat(completed.account()).contains(household);
    assertThat(completed).isEqualTo(ADA.newBuilder().account(household).build());
    assertThat(completed.fields()).isSameAs(ADA.fields());
    assertThat(completed.emails()).isSameAs(ADA.emails());
    assertThat(ADA.account().orElseThrow().idOnly()).isTrue();
  }
}
