package ai.levitate.sf.merge.internal.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Masks the API key and the account token in any text that may leave the client: log lines,
 * exception messages, bodies a server echoed back.
 */
public final class Redactor {
  public static final String MASK = "****";

  private final List<String> secrets = new ArrayList<>();

  public Redactor(String... secrets) {
    for (String secret : secrets) {
      if (secret != null && !secret.isEmpty()) {
        this.secrets.add(secret);
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        if (!encoded.equals(secret)) {
          this.secrets.add(encoded);
        }
      }
    }
    // Longest first, so a secret that contains another is masked whole.
    this.secrets.sort((a, b) -> Integer.compare(b.length(), a.length()));
  }

  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}
