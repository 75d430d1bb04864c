package ai.levitate.sf.core.transform;

import static ai.levitate.sf.core.transform.Fixtures.CATALOG;
import static ai.levitate.sf.core.transform.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.settings.SettingsProblem;
import ai.levitate.sf.core.settings.SyncSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 5: the account's name is the company, but for person accounts and households. */
final class CompanyRuleTest {
  private static final SyncSettings TAGGED = SyncSettings.builder().householdTag(true).build();

  private static LevitateContact transform(SyncSettings settings, SourceContact source) {
    return ContactTransformer.create(CATALOG, settings)
        .transform(source)
        .transformed()
        .orElseThrow();
  }

  private static SourceAccount account(String name, String type) {
    var account = SourceAccount.builder().mergeId("acc-1").name(name).fieldsRead(true);
    if (type != null) {
      account.putFields(SourceAccount.TYPE_FIELD, FieldValue.text(type));
    }
    return account.build();
  }

  @Test
  void aBusinessAccountsNameIsTheCompany() {
    LevitateContact out =
        transform(
            TAGGED,
            contact().account(account(" Harbour Wealth LLC ", "Customer - Direct")).build());

    assertThat(out.companyName()).contains("Harbour Wealth LLC");
    assertThat(out.tagNames()).containsExactly("Salesforce");
  }

  @Test
  void theContactBehindAPersonAccountGetsNoCompanyNotTheClientsOwnName() {
    SourceContact person =
        contact()
            .account(account("Margaret O'Neill", null))
            .putFields("IsPersonAccount", FieldValue.bool(true))
            .build();
    SourceContact asText =
        contact()
            .account(account("Margaret O'Neill", null))
            .putFields("IsPersonAccount", FieldValue.text(" TRUE "))
            .build();
    SourceContact notPerson =
        contact()
            .account(account("Margaret O'Neill", null))
            .putFields("IsPersonAccount", FieldValue.bool(false))
            .build();

    assertThat(transform(TAGGED, person).companyName()).isEmpty();
    assertThat(transform(TAGGED, asText).companyName()).isEmpty();
    assertThat(transform(TAGGED, notPerson).companyName()).contains("Margaret O'Neill");
  }

  @Test
  void aHouseholdsMembersGetNoCompanyWithTheTypeComparedTrimmedAndIgnoringCase() {
    for (String type : List.of("Household", " household ", "HOUSEHOLD")) {
      LevitateContact out =
          transform(
              SyncSettings.defaults(),
              contact().account(account("The Smith Household", type)).build());

      assertThat(out.companyName()).as(type).isEmpty();
      assertThat(out.tagNames()).as("no tag by default").containsExactly("Salesforce");
    }
  }

  @Test
  void householdTypesComeFromTheSettingsAndAnEmptyListTurnsHouseholdsOff() {
    SyncSettings family =
        SyncSettings.builder().householdAccountTypes(List.of(" Family Group ")).build();
    SyncSettings none = SyncSettings.builder().householdAccountTypes(List.of()).build();
    SourceContact familyGroup =
        contact().account(account("The Lee Family", "family group")).build();
    SourceContact household =
        contact().account(account("The Smith Household", "Household")).build();

    assertThat(transform(family, familyGroup).companyName()).isEmpty();
    assertThat(transform(family, household).companyName()).contains("The Smith Household");
    assertThat(transform(none, household).companyName()).contains("The Smith Household");
  }

  @Test
  void theHouseholdTagNamesTheHouseholdCutLikeOtherTagsAndSaysWhereItCameFrom() {
    String longName = "The Featherstonehaugh-Cholmondeley-Marjoribanks Family Household";
    LevitateContact out =
        transform(
            TAGGED, contact().account(account("  The   Smith Household ", " household ")).build());
    LevitateContact cut =
        transform(TAGGED, contact().account(account(longName, "Household")).build());

    assertThat(out.tags())
        .containsExactly(
            Tag.of("Salesforce", Provenance.constant()),
            Tag.of(
                "Household: The Smith Household",
                Provenance.salesforceField("Account.Type", "household")));
    assertThat(cut.tagNames())
        .last()
        .satisfies(
            tag -> {
              assertThat(tag).startsWith("Household: The Featherstonehaugh").endsWith("...");
              assertThat(tag.codePointCount(0, tag.length())).isEqualTo(60);
            });
  }

  @Test
  void aPersonAccountInAHouseholdGetsNeitherCompanyNorHouseholdTag() {
    LevitateContact out =
        transform(
            TAGGED,
            contact()
                .account(account("The Smith Household", "Household"))
                .putFields("IsPersonAccount", FieldValue.bool(true))
                .build());

    assertThat(out.companyName()).isEmpty();
    assertThat(out.tagNames()).containsExactly("Salesforce");
  }

  @Test
  void anAccountMergeReportsDeletedGivesNoCompanyAndNoHouseholdTag() {
    SourceAccount deleted =
        SourceAccount.builder().from(account("Gone Holdings", null)).remoteWasDeleted(true).build();
    SourceAccount deletedHousehold =
        SourceAccount.builder()
            .from(account("The Smith Household", "Household"))
            .remoteWasDeleted(true)
            .build();

    assertThat(transform(TAGGED, contact().account(deleted).build()).companyName()).isEmpty();
    assertThat(transform(TAGGED, contact().account(deletedHousehold).build()).tagNames())
        .containsExactly("Salesforce");
  }

  @Test
  void anAccountWhoseTypeIsUnknownCountsAsABusiness() {
    SourceAccount expanded =
        SourceAccount.builder().mergeId("acc-1").name("The Smith Household").build();

    assertThat(transform(TAGGED, contact().account(expanded).build()).companyName())
        .contains("The Smith Household");
  }

  @Test
  void settingsRefuseABlankHouseholdTypeAndWarnOfATagThatCanNeverShow() {
    assertThatThrownBy(
            () -> SyncSettings.builder().householdAccountTypes(List.of("Household", " ")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("householdAccountTypes[1] must not be blank");
    List<SettingsProblem> problems =
        SyncSettings.builder()
            .householdAccountTypes(List.of())
            .householdTag(true)
            .build()
            .validate(CATALOG);

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.isError()).isFalse();
              assertThat(p.setting()).isEqualTo("householdTag");
              assertThat(p.message())
                  .isEqualTo(
                      "householdTag is on, but householdAccountTypes is empty,"
                          + " so no account is a household and no contact gets a household tag.");
            });
    assertThat(SyncSettings.defaults().householdAccountTypes()).containsExactly("Household");
    assertThat(SyncSettings.defaults().householdTag()).isFalse();
  }
}
