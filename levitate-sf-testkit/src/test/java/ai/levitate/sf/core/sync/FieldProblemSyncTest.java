package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.FieldProblemCount;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One bad value never drops a contact, through the engine: the value is left out and reported by
 * field and kind, and only an unreadable deceased or opt-out indicator holds a contact back.
 */
final class FieldProblemSyncTest {

  @Test
  void aContactWithOneUnreadableValueIsCreatedWithoutItAndTheReportCountsIt() {
    World world = new World(40);
    for (int i : new int[] {7, 3, 21, 12, 30}) {
      world.edit(i, c -> c.putFields("Birthdate", FieldValue.invalid("2023-02-30", "no such day")));
    }
    world.edit(5, c -> c.putFields("VIP__c", FieldValue.text("yes please")));
    world.clock.advance(java.time.Duration.ofHours(1));
    SyncReport dry = world.engine().dryRun().report();
    List<FieldProblem> told = new ArrayList<>();
    world.listener =
        new SyncListener() {
          @Override
          public void fieldProblem(String runId, FieldProblem problem) {
            told.add(problem);
          }
        };

    SyncReport report = world.engine().run();

    assertThat(dry.counts().fieldProblems()).isEqualTo(report.counts().fieldProblems());
    assertThat(report.counts().created()).isEqualTo(40);
    assertThat(report.counts().skipped()).isEmpty();
    LevitateContact seven = contact(world, 7);
    assertThat(seven.keyFacts()).noneMatch(f -> f.label().equals("Birthdate"));
    assertThat(contact(world, 5).tagNames()).doesNotContain("VIP");
    assertThat(report.counts().fieldProblems())
        .extracting(FieldProblemCount::field, FieldProblemCount::kind, FieldProblemCount::count)
        .containsExactly(
            tuple("Birthdate", FieldProblem.Kind.UNREADABLE, 5L),
            tuple("VIP__c", FieldProblem.Kind.UNREADABLE, 1L));
    // The examples are those of the lowest ids, whatever order the contacts came in.
    assertThat(report.counts().fieldProblems().get(0).examples())
        .extracting(FieldProblem::salesforceId)
        .containsExactly(
            Fixtures.salesforceId(3), Fixtures.salesforceId(7), Fixtures.salesforceId(12));
    assertThat(report.counts().fieldProblemsTotal()).isEqualTo(6);
    assertThat(told).hasSize(6);
  }

  @Test
  void aContactReadAgainLaterInTheRunIsCountedOnce() {
    World world = new World(10);
    world.run();
    world.edit(4, c -> c.putFields("Anniversary__c", FieldValue.text("2020-01-01T09:30:00Z")));

    SyncReport report = world.run(RunRequest.FULL_RECONCILIATION);

    assertThat(report.counts().fieldProblems())
        .extracting(FieldProblemCount::field, FieldProblemCount::kind, FieldProblemCount::count)
        .containsExactly(tuple("Anniversary__c", FieldProblem.Kind.TIME_IN_DATE_FIELD, 1L));
  }

  @Test
  void aNewContactWhoseDeceasedIndicatorCannotBeReadIsNotCreatedUntilItCanBe() {
    World world = new World(10);
    world.edit(2, c -> c.putFields("Deceased__c", FieldValue.text("perhaps")));

    SyncReport first = world.run();

    assertThat(first.counts().skipped())
        .containsOnly(entry(ContactSkipReason.INVALID_FIELD_VALUE, 1L));
    assertThat(world.store.contact(Fixtures.salesforceId(2))).isEmpty();
    assertThat(first.counts().fieldProblems())
        .extracting(FieldProblemCount::field)
        .containsExactly("Deceased__c");

    world.edit(2, c -> c.putFields("Deceased__c", FieldValue.bool(false)));
    world.run();

    assertThat(world.store.contact(Fixtures.salesforceId(2)).orElseThrow().status())
        .isEqualTo(ContactStatus.ACTIVE);
  }

  @Test
  void
      anArchivedContactKeepsItsStatusAndTakesItsOtherChangesWhileItsDeceasedIndicatorIsUnreadable() {
    World world = new World(10);
    world.edit(2, c -> c.putFields("Deceased__c", FieldValue.bool(false)));
    world.run();
    world.edit(2, c -> c.putFields("Deceased__c", FieldValue.bool(true)));
    world.run();
    assertThat(world.store.contact(Fixtures.salesforceId(2)).orElseThrow().status())
        .isEqualTo(ContactStatus.ARCHIVED);
    int before = world.store.changes().size();

    world.edit(
        2,
        c ->
            c.putFields("Deceased__c", FieldValue.text("unknown"))
                .putFields("Title", FieldValue.text("Retired Partner")));
    world.run();

    List<ContactChange> changes = world.changesSince(before);
    assertThat(changes).extracting(ContactChange::type).containsExactly(ChangeType.UPDATE);
    LevitateContact contact = contact(world, 2);
    assertThat(contact.status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(contact.statusReason()).hasValue(StatusReason.DECEASED);
    assertThat(contact.jobTitle()).hasValue("Retired Partner");
  }

  @Test
  void anOptedOutContactKeepsUnsubscribeWhileItsOptOutIsUnreadableEvenWhereRemovalIsAllowed() {
    World world = new World(10);
    world.settings =
        ai.levitate.sf.core.settings.SyncSettings.builder()
            .from(world.settings)
            .allowUnsubscribeRemoval(true)
            .build();
    world.edit(3, c -> c.putFields("HasOptedOutOfEmail", FieldValue.bool(true)));
    world.run();
    int before = world.store.changes().size();

    world.edit(
        3,
        c ->
            c.putFields("HasOptedOutOfEmail", FieldValue.invalid("{}", "expected true or false"))
                .putFields("Title", FieldValue.text("Chair")));
    world.run();

    assertThat(world.changesSince(before))
        .extracting(ContactChange::type)
        .containsExactly(ChangeType.UPDATE);
    assertThat(world.changesSince(before).get(0).tagsRemoved()).isEmpty();
    LevitateContact contact = contact(world, 3);
    assertThat(contact.tagNames()).contains("Unsubscribe");
    assertThat(world.store.contact(Fixtures.salesforceId(3)).orElseThrow().tags())
        .contains("Unsubscribe");
    assertThat(contact.jobTitle()).hasValue("Chair");
  }

  private static LevitateContact contact(World world, int i) {
    return world.store.contact(Fixtures.salesforceId(i)).orElseThrow().contact().orElseThrow();
  }
}
