package ai.levitate.sf.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The credentials the reliability suites use, and the search for them in text. Every secret carries
 * one marker that appears nowhere else, so a search for the marker finds any of them, whole or cut.
 */
final class Secrets {
  /** In every secret below and in nothing else the suites handle. */
  static final String MARKER = "Rl7Qx";

  static final String API_KEY = "sk_live_" + MARKER + "_ApiKey_3v9Tq2";
  static final String WEBHOOK_KEY = "whsec_" + MARKER + "_Hook_8mZp4";

  private Secrets() {}

  /** A linked account's token, unique per name. */
  static String token(String name) {
    return "tok_" + MARKER + "_" + name.replaceAll("[^A-Za-z0-9]", "-");
  }

  /** Where secrets appear in {@code text}; empty when none does. */
  static List<String> find(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    // The redactor masks exact secrets; look for the marker in any case, so a secret that was
    // upper-cased, cut or URL-encoded is found too.
    String lower = text.toLowerCase(Locale.ROOT);
    String marker = MARKER.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf(marker); at >= 0; at = lower.indexOf(marker, at + 1)) {
      int from = Math.max(0, at - 40);
      int to = Math.min(text.length(), at + MARKER.length() + 40);
      found.add(text.substring(from, to));
    }
    return found;
  }
}
