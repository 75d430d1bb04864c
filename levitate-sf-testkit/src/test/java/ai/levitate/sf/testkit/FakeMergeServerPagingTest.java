package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class FakeMergeServerPagingTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void pagesThroughTenThousandContactsGivingEachExactlyOnce() throws Exception {
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(11).contacts(10_000).clock(clock).build().generate();
    server.addLinkedAccount("token", data);
    TestHttp http = new TestHttp(server, "token");

    List<String> ids = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          http.get(
                  "contacts?page_size=100&expand=account,owner"
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .json();
      page.path("results").forEach(contact -> ids.add(contact.path("id").asText()));
      assertThat(page.path("results").size()).isLessThanOrEqualTo(100);
      cursor = page.path("next").isNull() ? null : page.path("next").asText();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(100);
    assertThat(ids).hasSize(10_000).doesNotHaveDuplicates();
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      expected.add(data.contactId(i));
    }
    assertThat(new HashSet<>(ids)).isEqualTo(expected);
    assertThat(server.requestCount("GET", "/contacts")).isEqualTo(100);
  }

  @Test
  void modifiedAfterReturnsExactlyTheContactsChangedAfterThatInstant() throws Exception {
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(12).contacts(2_000).clock(clock).build().generate();
    server.addLinkedAccount("token", data);
    clock.advance(Duration.ofMinutes(5));
    data.editContact(data.contactId(3), c -> c.set("Title", "Before the mark"));
    Instant mark = clock.advance(Duration.ofMinutes(5));
    clock.advance(Duration.ofSeconds(1));
    Set<String> changed = new HashSet<>();
    for (int i : new int[] {0, 17, 999, 1_999}) {
      data.editContact(data.contactId(i), c -> c.set("Title", "Changed"));
      changed.add(data.contactId(i));
    }
    data.deleteContact(data.contactId(42));
    changed.add(data.contactId(42));
    String added = data.addContact(c -> c.set("LastName", "New"));
    changed.add(added);

    List<String> ids =
        readAll(
            new TestHttp(server, "token"),
            "contacts?include_deleted_data=true&page_size=7&modified_after=" + mark);

    assertThat(ids).containsExactlyInAnyOrderElementsOf(changed);
  }

  @Test
  void pageSizeAboveOneHundredIsCutToOneHundredAndDefaultIsThirty() throws Exception {
    server.addLinkedAccount(
        "token", SalesforceDataGenerator.builder().contacts(250).clock(clock).build().generate());
    TestHttp http = new TestHttp(server, "token");

    assertThat(http.get("contacts?page_size=500").json().path("results").size()).isEqualTo(100);
    assertThat(http.get("contacts").json().path("results").size()).isEqualTo(30);
  }

  static List<String> readAll(TestHttp http, String query) throws java.io.IOException {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = http.get(query + (cursor == null ? "" : "&cursor=" + cursor)).json();
      page.path("results").forEach(contact -> ids.add(contact.path("id").asText()));
      cursor = page.path("next").isNull() ? null : page.path("next").asText();
    } while (cursor != null);
    return ids;
  }
}
