package ai.levitate.sf.testkit.internal;

import java.util.Locale;
import java.util.UUID;

/**
 * Deterministic Merge and Salesforce ids. A generated contact's ids are a pure function of the seed
 * and its index, and both can be turned back into the index without a lookup table, so a lazily
 * generated account of a million contacts answers {@code GET /contacts/{id}} without holding ids.
 */
public final class Ids {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String CHECKSUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
  private static final int SERIAL_WIDTH = 8;

  private Ids() {}

  /** A well-mixed 64-bit hash (SplitMix64's finaliser). */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  public static long mix(long seed, long salt, long index) {
    return mix(mix(seed ^ mix(salt)) + index * 0x9e3779b97f4a7c15L);
  }

  /**
   * A version-4-shaped UUID whose low 32 bits carry {@code index} masked by the seed, so {@link
   * #indexOf} can recover it.
   */
  public static String uuid(long seed, long salt, int index) {
    long mask = mix(seed, salt, -1) & 0xffffffffL;
    long msb = mix(seed, salt, index);
    msb = (msb & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lsb = mix(seed, salt ^ 0x5bd1e995L, -1) & 0x3fffffff00000000L;
    lsb |= 0x8000000000000000L | ((index ^ mask) & 0xffffffffL);
    return new UUID(msb, lsb).toString();
  }

  /** The index {@link #uuid} encoded, or -1 when {@code id} is not one of this seed's ids. */
  public static int indexOf(String id, long seed, long salt, int limit) {
    UUID parsed;
    try {
      parsed = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return -1;
    }
    long mask = mix(seed, salt, -1) & 0xffffffffL;
    long index = (parsed.getLeastSignificantBits() ^ mask) & 0xffffffffL;
    if (index >= limit || !uuid(seed, salt, (int) index).equals(id.toLowerCase(Locale.ROOT))) {
      return -1;
    }
    return (int) index;
  }

  /**
   * An 18-character Salesforce id: key prefix (e.g. {@code 003} for Contact), a seed-derived org
   * part, a serial number and the case-safe checksum suffix Salesforce appends.
   */
  public static String salesforceId(String keyPrefix, long seed, long serial) {
    StringBuilder id = new StringBuilder(18).append(keyPrefix);
    long org = mix(seed, 0x0f9L, 0) & Long.MAX_VALUE;
    id.append(BASE62.charAt((int) (org % 62))).append(BASE62.charAt((int) ((org / 62) % 62)));
    id.append('0').append('0');
    String digits = base62(serial);
    for (int i = digits.length(); i < SERIAL_WIDTH; i++) {
      id.append('0');
    }
    id.append(digits);
    return id.append(checksum(id)).toString();
  }

  /** The serial {@link #salesforceId} encoded, or -1 when {@code id} is not of that shape. */
  public static long serialOf(String id, String keyPrefix, long seed) {
    if (id == null || id.length() != 18 || !id.startsWith(keyPrefix)) {
      return -1;
    }
    long serial = 0;
    for (int i = 15 - SERIAL_WIDTH; i < 15; i++) {
      int digit = BASE62.indexOf(id.charAt(i));
      if (digit < 0) {
        return -1;
      }
      serial = serial * 62 + digit;
    }
    return salesforceId(keyPrefix, seed, serial).equals(id) ? serial : -1;
  }

  private static String base62(long value) {
    if (value == 0) {
      return "0";
    }
    StringBuilder out = new StringBuilder();
    for (long v = value; v > 0; v /= 62) {
      out.append(BASE62.charAt((int) (v % 62)));
    }
    return out.reverse().toString();
  }

  private static String checksum(CharSequence id15) {
    StringBuilder suffix = new StringBuilder(3);
    for (int chunk = 0; chunk < 3; chunk++) {
      int bits = 0;
      for (int i = 0; i < 5; i++) {
        char c = id15.charAt(chunk * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          bits |= 1 << i;
        }
      }
      suffix.append(CHECKSUM.charAt(bits));
    }
    return suffix.toString();
  }
}
