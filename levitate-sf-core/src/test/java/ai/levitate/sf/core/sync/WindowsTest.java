package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ReadPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class WindowsTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant START = Instant.parse("2024-01-02T00:00:00Z");
  private static final Windows.Policy FULL = Windows.Policy.of(ReadPosition.Purpose.ALL);
  private static final ReadPosition EVERYTHING =
      ReadPosition.of(
          ReadPosition.Purpose.ALL,
          ContactQuery.builder().pageSize(10).modifiedBefore(START).build());

  /** A contact Merge stored {@code micros} microseconds after T0. */
  private static SourceContact contact(int i, long micros) {
    return SourceContact.builder()
        .mergeId("m-" + i)
        .remoteId("003" + i)
        .createdAt(Windows.instant(Windows.micros(T0) + micros))
        .build();
  }

  private static ContactPage page(boolean more, long... micros) {
    List<SourceContact> contacts = new ArrayList<>();
    for (int i = 0; i < micros.length; i++) {
      contacts.add(contact(i, micros[i]));
    }
    return ContactPage.builder()
        .contacts(contacts)
        .next(more ? Optional.of("next") : Optional.empty())
        .build();
  }

  /** Ten contacts a second apart from {@code first} seconds after T0. */
  private static long[] secondsApart(int first, int step) {
    return IntStream.range(0, 10).mapToLong(i -> (first + (long) i * step) * 1_000_000L).toArray();
  }

  private static Optional<Long> at(long secondsAfterT0) {
    return Optional.of(Windows.micros(T0) + secondsAfterT0 * 1_000_000L);
  }

  @Test
  void theLastPageFinishesItsWindow() {
    Windows.Step step = Windows.step(EVERYTHING, page(false, secondsApart(0, 1)), FULL, START, 3);

    assertThat(step.replacement())
        .containsExactly(ReadPosition.builder().from(EVERYTHING).done(true).build());
    assertThat(step.split()).isFalse();
  }

  @Test
  void withNoReaderIdleAWindowGoesOnWithItsCursor() {
    Windows.Step step = Windows.step(EVERYTHING, page(true, secondsApart(1, 1)), FULL, START, 0);

    assertThat(step.split()).isFalse();
    assertThat(step.replacement())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.query().cursor()).contains("next");
              assertThat(p.done()).isFalse();
            });
  }

  @Test
  void aDenseWindowSplitsIntoAPiecePerIdleReaderAndLeavesTheContactsAtItsEdgeToThem() {
    long[] micros = secondsApart(0, 1);
    micros[8] = micros[9]; // two contacts at the edge instant, 9 s after T0
    ContactPage page = page(true, micros);

    Windows.Step step = Windows.step(EVERYTHING, page, FULL, START, 3);

    assertThat(step.split()).isTrue();
    List<ReadPosition> replacement = step.replacement();
    assertThat(replacement).hasSize(1 + 4);
    assertThat(replacement.get(0).done()).isTrue();
    assertThat(Windows.from(replacement.get(0).query())).isEmpty();
    assertThat(Windows.to(replacement.get(0).query())).isEqualTo(at(9));
    assertThat(Windows.from(replacement.get(1).query())).isEqualTo(at(9));
    assertThat(replacement.get(1).query().createdAfter())
        .contains(Instant.parse("2024-01-01T00:00:08.999999Z"));
    // the rest runs to the run's start, a day after T0: four even pieces
    assertThat(Windows.to(replacement.get(1).query()))
        .contains(at(9).get() + (86_400 - 9) * 1_000_000L / 4);
    assertContiguous(replacement);
    assertThat(Windows.to(replacement.get(4).query())).as("the last window stays open").isEmpty();
    assertThat(replacement)
        .allSatisfy(
            p -> {
              assertThat(p.query().cursor()).isEmpty();
              assertThat(p.query().modifiedBefore()).contains(START);
            });
    assertThat(page.contacts()).filteredOn(step::readsNow).hasSize(8);
  }

  @Test
  void eachPieceKeepsItsReaderBusyForAtLeastTwoPages() {
    // 50 s left at a contact a second, 10 a page: 5 pages make 2 pieces, not 6
    ReadPosition window = window(at(0), at(60));
    ReadPosition shorter = window(at(0), at(40));

    Windows.Step step = Windows.step(window, page(true, secondsApart(1, 1)), FULL, START, 5);
    Windows.Step none = Windows.step(shorter, page(true, secondsApart(1, 1)), FULL, START, 5);

    assertThat(step.replacement()).hasSize(1 + 2);
    assertThat(Windows.to(step.replacement().get(1).query())).isEqualTo(at(35));
    assertThat(Windows.to(step.replacement().get(2).query())).isEqualTo(at(60));
    assertThat(none.split()).as("3 pages left").isFalse();
  }

  @Test
  void aPageListedNewestFirstSplitsTheOlderRest() {
    long[] micros = secondsApart(1000, -1);
    ReadPosition window = window(Optional.empty(), at(1001));

    Windows.Step step = Windows.step(window, page(true, micros), FULL, START, 1);

    List<ReadPosition> replacement = step.replacement();
    assertThat(replacement).hasSize(2 + 1);
    ReadPosition done = replacement.get(2);
    assertThat(done.done()).isTrue();
    assertThat(Windows.from(done.query())).isEqualTo(Optional.of(at(991).get() + 1));
    assertThat(Windows.to(done.query())).isEqualTo(at(1001));
    assertThat(Windows.from(replacement.get(0).query())).as("the oldest stays open").isEmpty();
    assertContiguous(replacement);
    assertThat(page(true, micros).contacts()).filteredOn(step::readsNow).hasSize(9);
  }

  @Test
  void aPageOutOfCreatedOrderNeverSplits() {
    long[] micros = secondsApart(0, 1);
    micros[3] = micros[7];

    assertThat(Windows.step(EVERYTHING, page(true, micros), FULL, START, 3).split()).isFalse();
  }

  @Test
  void aPageAtOneInstantNeverSplits() {
    long[] micros = new long[10];

    assertThat(Windows.step(EVERYTHING, page(true, micros), FULL, START, 3).split()).isFalse();
  }

  @Test
  void aPageWithAnUnreadableRecordOrAContactWithoutCreatedAtNeverSplits() {
    ContactPage unreadable =
        ContactPage.builder()
            .from(page(true, secondsApart(0, 1)))
            .addUnreadable(
                ContactProblem.builder()
                    .kind(ContactProblem.Kind.UNREADABLE_RECORD)
                    .message("bad")
                    .build())
            .build();
    List<SourceContact> contacts = new ArrayList<>(page(true, secondsApart(0, 1)).contacts());
    contacts.set(4, SourceContact.builder().mergeId("m-x").build());
    ContactPage undated = ContactPage.builder().contacts(contacts).next("next").build();

    assertThat(Windows.step(EVERYTHING, unreadable, FULL, START, 3).split()).isFalse();
    assertThat(Windows.step(EVERYTHING, undated, FULL, START, 3).split()).isFalse();
  }

  @Test
  void anIncrementalReadSplitsOnlyIntoPiecesOfTenPagesOrMore() {
    Windows.Policy incremental = Windows.Policy.of(ReadPosition.Purpose.MODIFIED);
    ReadPosition modified =
        ReadPosition.of(
            ReadPosition.Purpose.MODIFIED,
            ContactQuery.builder()
                .pageSize(10)
                .modifiedAfter(T0)
                .modifiedBefore(START)
                .createdBefore(at(200).map(Windows::instant))
                .build());

    // 191 s left at a contact a second: 19 pages, not split; 211 s: 21 pages, split
    assertThat(
            Windows.step(modified, page(true, secondsApart(0, 1)), incremental, START, 3).split())
        .isFalse();
    ReadPosition longer =
        ReadPosition.builder()
            .from(modified)
            .query(
                ContactQuery.builder()
                    .from(modified.query())
                    .createdBefore(at(220).map(Windows::instant))
                    .build())
            .build();
    assertThat(Windows.step(longer, page(true, secondsApart(0, 1)), incremental, START, 3).split())
        .isTrue();
  }

  @Test
  void finishedNeighboursAreCoalesced() {
    List<ReadPosition> positions =
        List.of(
            done(Optional.empty(), at(10)),
            window(at(10), at(20)),
            window(at(20), Optional.empty()));

    List<ReadPosition> after =
        Windows.replace(
            positions,
            1,
            List.of(ReadPosition.builder().from(positions.get(1)).done(true).build()));

    assertThat(after).containsExactly(done(Optional.empty(), at(20)), positions.get(2));
  }

  private static ReadPosition window(Optional<Long> from, Optional<Long> to) {
    return ReadPosition.of(
        ReadPosition.Purpose.ALL,
        ContactQuery.builder()
            .from(EVERYTHING.query())
            .createdAfter(from.map(f -> Windows.instant(f - 1)))
            .createdBefore(to.map(Windows::instant))
            .build());
  }

  private static ReadPosition done(Optional<Long> from, Optional<Long> to) {
    return ReadPosition.builder().from(window(from, to)).done(true).build();
  }

  private static void assertContiguous(List<ReadPosition> positions) {
    for (int i = 1; i < positions.size(); i++) {
      assertThat(Windows.adjacent(positions.get(i - 1), positions.get(i)))
          .as("window %s ends where %s begins", i - 1, i)
          .isTrue();
    }
  }
}
