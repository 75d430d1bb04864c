package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.settings.SyncSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change of the household settings reads every contact again; a change of spelling does not. */
final class HouseholdFingerprintTest {
  private static String fingerprint(SyncSettings settings) {
    return Fingerprints.settings(settings, Contacts.CATALOG);
  }

  @Test
  void householdTypesAndTheHouseholdTagShapeTheSettingsFingerprint() {
    SyncSettings defaults = Contacts.settings();
    String base = fingerprint(defaults);

    assertThat(fingerprint(SyncSettings.builder().from(defaults).householdTag(true).build()))
        .isNotEqualTo(base);
    assertThat(
            fingerprint(
                SyncSettings.builder()
                    .from(defaults)
                    .householdAccountTypes(List.of("Household", "Family"))
                    .build()))
        .isNotEqualTo(base);
    assertThat(
            fingerprint(
                SyncSettings.builder()
                    .from(defaults)
                    .householdAccountTypes(List.of(" household "))
                    .build()))
        .isEqualTo(base);
  }
}
