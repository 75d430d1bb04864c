package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.transform.ContactTransformer;
import ai.levitate.sf.core.transform.TransformResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Merge-shaped answers through the contact source and core's transform, as a sync reads them. */
final class EndToEndTest {
  private static final String SETTINGS =
      "{\"nicknameField\": \"Nickname__c\", \"deceased\":"
          + " {\"field\": \"Deceased__c\"}, \"optOutField\": \"HasOptedOutOfEmail\", \"keyFacts\":"
          + " [{\"field\": \"Birthdate\"}, {\"field\": \"Anniversary__c\", \"label\": \"Anniversary\"}],"
          + " \"tagFields\": [\"Interests__c\", \"VIP__c\", \"Tier__c\"], \"owners\":"
          + " {\"0055e000001AbcD\": \"lev-user-1\"}, \"defaultOwner\": \"lev-user-9\"}";

  private final MockMerge merge = new MockMerge();

  @AfterEach
  void close() {
    merge.close();
  }

  @Test
  void aPageOfMergeContactsBecomesLevitateContactsFieldProblemsAndReasonedRejections() {
    merge.enqueueFixture("remote-field-classes-1.json");
    merge.enqueueFixture("remote-field-classes-2.json");
    merge.enqueueFixture("contacts-page.json");
    merge.enqueue(404, "{\"detail\": \"Not found.\"}"); // its shell, read again by id
    MergeContactSource source = MergeContactSource.create(merge.client());
    FieldCatalog catalog = source.fieldCatalog();
    ContactTransformer transformer =
        ContactTransformer.create(catalog, LevitateJson.readSettings(SETTINGS));

    ContactPage page = source.readContacts(ContactQuery.all());
    List<TransformResult> results = page.contacts().stream().map(transformer::transform).toList();

    LevitateContact ada = results.get(0).transformed().orElseThrow();
    assertThat(ada.greetingName()).contains("Ada");
    assertThat(ada.jobTitle()).contains("Countess of Lovelace");
    assertThat(ada.companyName()).contains("Analytical Engines Ltd");
    assertThat(ada.address().orElseThrow().street2()).contains("Flat 2");
    assertThat(ada.keyFacts())
        .extracting(KeyFact::label, KeyFact::date)
        .containsExactly(tuple("Birthdate", LocalDate.of(1815, 12, 10)));
    assertThat(ada.tagNames())
        .containsExactly(
            "Salesforce", "Interests: Golf", "Interests: Sailing", "VIP", "Client Tier: Gold");
    assertThat(ada.phones())
        .extracting(p -> p.label() + " " + p.number())
        .containsExactly("Business Phone +44 20 7946 0001", "Mobile +44 20 7946 0000");
    assertThat(ada.owner().levitateUserId()).contains("lev-user-1");
    assertThat(ada.status()).isEqualTo(ContactStatus.ACTIVE);

    LevitateContact grace = results.get(1).transformed().orElseThrow();
    assertThat(grace.status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(grace.statusReason()).contains(StatusReason.DECEASED);
    assertThat(grace.tagNames())
        .containsExactly("Salesforce", "Interests: Fine Wine", "Interests: Golf", "VIP");
    assertThat(grace.owner().levitateUserId()).contains("lev-user-9");

    assertThat(results.get(2).rejected().orElseThrow().kind())
        .isEqualTo(ContactProblem.Kind.SHELL_RECORD);
    LevitateContact ivy = results.get(3).transformed().orElseThrow();
    assertThat(ivy.keyFacts()).isEmpty();
    assertThat(results.get(3).fieldProblems())
        .extracting(FieldProblem::message)
        .containsExactly(
            "Birthdate holds \"2023-02-30\", which is not a date (expected a date as YYYY-MM-DD); the"
                + " DATE field is used as a key fact: the contact synced without it.",
            "VIP__c holds \"yes\", which is not true or false (expected true or false); the CHECKBOX"
                + " field is used as a tag field: the contact synced without it.");
    assertThat(ivy.tagNames()).doesNotContain("VIP");
    assertThat(page.unreadable()).hasSize(3);
  }

  @Test
  void aTransformedContactSurvivesTheJsonLineOfContactsJsonl() {
    merge.enqueueFixture("remote-field-classes-1.json");
    merge.enqueueFixture("remote-field-classes-2.json");
    merge.enqueueFixture("contacts-page.json");
    merge.enqueue(404, "{\"detail\": \"Not found.\"}"); // its shell, read again by id
    MergeContactSource source = MergeContactSource.create(merge.client());
    ContactTransformer transformer =
        ContactTransformer.create(source.fieldCatalog(), SyncSettings.defaults());

    for (var contact : source.readContacts(ContactQuery.all()).contacts()) {
      transformer
          .transform(contact)
          .transformed()
          .ifPresent(
              levitate ->
                  assertThat(LevitateJson.readContact(LevitateJson.writeContact(levitate)))
                      .isEqualTo(levitate));
    }
  }
}
