package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.FieldProblemCount;
import ai.levitate.sf.core.spi.SyncReport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Values as people typed them, through the fake Merge server, the real client and the engine: what
 * the transform makes of them is what the host receives, and the run reports what it cut.
 */
final class TypedValuesOverFakeMergeTest {
  private final FakeOrg org = new FakeOrg(40, 7);

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void invisibleCharactersSpellingsOfOneNumberLongTitlesAndCollidingTagsSyncAsTheRulesSay() {
    org.at(60);
    org.run();
    int before = org.store.changes().size();
    String id = org.active(5);
    String common = "Long-distance ocean sailing in the southern hemisphere, ";
    org.at(90);
    org.data.editContact(
        id,
        c ->
            c.set("Nickname__c", "\u200B\u00A0\uFEFF")
                .set("FirstName", "\u00A0Zoe\u0308\u200B")
                .set("Title", "Chief\u00A0Investment\u2060Officer " + "x".repeat(120))
                .set("Phone", "(503) 555-0100")
                .set("MobilePhone", "+1 503-555-0100")
                .set("Interests__c", List.of(common + "Pacific", common + "Atlantic")));
    org.at(120);

    SyncReport report = org.run();

    List<ContactChange> changes = org.changesSince(before);
    assertThat(changes).extracting(ContactChange::type).containsExactly(ChangeType.UPDATE);
    LevitateContact contact =
        org.store.contact(org.salesforceId(id)).orElseThrow().contact().orElseThrow();
    assertThat(contact).isEqualTo(org.expected(id));
    assertThat(contact.firstName()).hasValue("Zo\u00EB");
    assertThat(contact.nickname()).isEmpty();
    assertThat(contact.greetingName()).hasValue("Zo\u00EB");
    assertThat(contact.jobTitle().orElseThrow())
        .startsWith("Chief Investment Officer xxx")
        .hasSize(128);
    assertThat(contact.phones())
        .extracting(Phone::number)
        .contains("(503) 555-0100")
        .doesNotContain("+1 503-555-0100");
    assertThat(contact.tagNames()).filteredOn(t -> t.startsWith("Interests: Long")).hasSize(1);
    assertThat(report.counts().fieldProblems())
        .extracting(FieldProblemCount::field, FieldProblemCount::kind, FieldProblemCount::count)
        .contains(
            tuple("Interests__c", FieldProblem.Kind.TAG_COLLISION, 1L),
            tuple("Title", FieldProblem.Kind.TOO_LONG, 1L));
    FieldProblem collision =
        report.counts().fieldProblems().stream()
            .filter(p -> p.kind() == FieldProblem.Kind.TAG_COLLISION)
            .findFirst()
            .orElseThrow()
            .examples()
            .get(0);
    assertThat(collision.salesforceId()).isEqualTo(org.salesforceId(id));
    assertThat(List.of(collision.value(), collision.otherValue().orElseThrow()))
        .containsExactlyInAnyOrder(
            "Interests: " + common + "Pacific", "Interests: " + common + "Atlantic");
  }
}
