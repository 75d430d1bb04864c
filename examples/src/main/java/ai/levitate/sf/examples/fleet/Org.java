package ai.levitate.sf.examples.fleet;

import ai.levitate.sf.examples.internal.FakeData;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * One linked account of the fleet: the host's key for it, its Merge token at the fake, and the
 * generated org behind it. {@link #generate()} makes the same org, with the same rounds of changes,
 * every time it is called, so the fleet and the fault-free expectation sync equal data.
 */
record Org(String key, String token, int contacts, long seed, Instant generatedAt) {
  /**
   * Account {@code index} (from 0) of {@code count}: half to one and a half times the average size.
   */
  static Org of(int index, int count, int averageContacts, long seed, Instant generatedAt) {
    int width = Math.max(2, String.valueOf(count).length());
    String number = String.format(Locale.ROOT, "%0" + width + "d", index + 1);
    int contacts = Math.max(1, averageContacts * (2 + index % 5) / 4);
    return new Org(
        "fleet-" + number,
        "fleet-token-" + number,
        contacts,
        seed * 1_000L + index + 1,
        generatedAt);
  }

  FakeData generate() {
    return FakeData.generated(contacts, seed, Clock.fixed(generatedAt, ZoneOffset.UTC));
  }
}
