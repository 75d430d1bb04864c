package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class LoudFailureTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));

  @Test
  void recordsAnUnknownPathAndThrowsOnClose() throws IOException {
    FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
    server.addLinkedAccount("token", MergeDataSet.empty(1, clock));

    TestHttp.Answer answer = new TestHttp(server, "token").get("opportunities");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(server.failures())
        .containsExactly(
            "GET /api/crm/v1/opportunities is not an endpoint of the fake Merge CRM API");
    assertThatThrownBy(server::close)
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "the fake Merge server received 1 request(s) it does not understand:\n"
                + "  GET /api/crm/v1/opportunities is not an endpoint of the fake Merge CRM API");
  }

  @Test
  void rejectsAnUnknownQueryParameterWith400AndRecordsIt() throws IOException {
    FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
    server.addLinkedAccount("token", MergeDataSet.empty(1, clock));

    TestHttp.Answer answer =
        new TestHttp(server, "token").get("contacts?modified_since=2026-01-01");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(server.failures())
        .singleElement()
        .asString()
        .startsWith(
            "GET /api/crm/v1/contacts: unknown query parameter modified_since for GET /contacts");
    assertThatThrownBy(server::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("modified_since");
  }

  @Test
  void rejectsMalformedValuesAndCursorsItNeverGave() throws IOException {
    FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
    server.addLinkedAccount("token", MergeDataSet.empty(1, clock));
    TestHttp http = new TestHttp(server, "token");

    assertThat(http.get("contacts?modified_after=yesterday").status()).isEqualTo(400);
    assertThat(http.get("contacts?page_size=ten").status()).isEqualTo(400);
    assertThat(http.get("contacts?include_deleted_data=maybe").status()).isEqualTo(400);
    assertThat(http.get("contacts?expand=account,company").status()).isEqualTo(400);
    assertThat(http.get("contacts?cursor=bm90LWEtY3Vyc29y").status()).isEqualTo(404);
    assertThat(server.failures()).hasSize(5);
    assertThatThrownBy(server::close).isInstanceOf(AssertionError.class);
  }

  @Test
  void leavesOrdinaryErrorsOutOfTheFailures() throws IOException {
    try (FakeMergeServer server = FakeMergeServer.builder().clock(clock).start()) {
      server.addLinkedAccount("token", MergeDataSet.empty(1, clock));

      assertThat(
              new TestHttp(server, "token")
                  .get("contacts/9f0c3c5e-0000-4000-8000-000000000000")
                  .status())
          .isEqualTo(404);
      assertThat(new TestHttp(server, "wrong").get("contacts").status()).isEqualTo(401);
      assertThat(server.failures()).isEmpty();
    }
  }
}
