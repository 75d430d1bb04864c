package ai.levitate.sf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class SalesforceIdsTest {
  @Test
  void longFormAddsTheCaseChecksum() {
    // Salesforce's documented example: 001A0000006Vm9r becomes 001A0000006Vm9rIAC.
    assertThat(SalesforceIds.longForm("001A0000006Vm9r")).isEqualTo("001A0000006Vm9rIAC");
    assertThat(SalesforceIds.longForm("0035e00000abcde")).isEqualTo("0035e00000abcdeAAA");
  }

  @Test
  void longFormLeavesOtherValuesAlone() {
    assertThat(SalesforceIds.longForm("001A0000006Vm9rIAC")).isEqualTo("001A0000006Vm9rIAC");
    assertThat(SalesforceIds.longForm("not-an-id")).isEqualTo("not-an-id");
    assertThat(SalesforceIds.longForm("001A0000006Vm9_")).isEqualTo("001A0000006Vm9_");
  }

  @Test
  void bothFormsShareTheShortForm() {
    assertThat(SalesforceIds.shortForm("001A0000006Vm9rIAC")).isEqualTo("001A0000006Vm9r");
    assertThat(SalesforceIds.shortForm("001A0000006Vm9r")).isEqualTo("001A0000006Vm9r");
  }

  @Test
  void anEighteenCharacterIdMatchesInAnyCaseForItsSuffixEncodesTheCase() {
    assertThat(SalesforceIds.shortForm("001a0000006vm9riac")).isEqualTo("001A0000006Vm9r");
    assertThat(SalesforceIds.shortForm("001A0000006VM9RIAC")).isEqualTo("001A0000006Vm9r");
    assertThat(SalesforceIds.longForm("001a0000006vm9riac")).isEqualTo("001A0000006Vm9rIAC");
  }

  @Test
  void aFifteenCharacterIdStaysCaseSensitive() {
    assertThat(SalesforceIds.shortForm("001a0000006vm9r"))
        .isEqualTo("001a0000006vm9r")
        .isNotEqualTo(SalesforceIds.shortForm("001A0000006Vm9r"));
    assertThat(SalesforceIds.longForm("001a0000006vm9r")).isEqualTo("001a0000006vm9rAAA");
  }

  @Test
  void anEighteenCharacterIdWhoseSuffixSalesforceNeverWritesIsKeptAsSent() {
    assertThat(SalesforceIds.shortForm("001A0000006Vm9r999")).isEqualTo("001A0000006Vm9r");
    assertThat(SalesforceIds.longForm("001A0000006Vm9r999")).isEqualTo("001A0000006Vm9r999");
  }

  @Test
  void userIdsStartWith005() {
    assertThat(SalesforceIds.isUserId("0055e000001AbcD")).isTrue();
    assertThat(SalesforceIds.isUserId("0035e000001AbcD")).isFalse();
    assertThat(SalesforceIds.isUserId("0055e000001AbcDA")).isFalse();
  }
}
