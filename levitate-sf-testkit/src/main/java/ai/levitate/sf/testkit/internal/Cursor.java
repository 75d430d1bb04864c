package ai.levitate.sf.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque page cursor: the list position where a page starts, and where the page before it
 * started (for {@code previous}). Cursors look like Merge's (base64 of {@code p=...}) but say
 * nothing a client may rely on.
 */
public record Cursor(int position, int back) {
  public String encode() {
    String plain = "p=" + position + "&b=" + back;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a cursor; one this server did not make answers 404 "Invalid cursor", as Merge does. */
  public static Cursor decode(String text) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      if (plain.startsWith("p=") && plain.contains("&b=")) {
        int amp = plain.indexOf("&b=");
        int position = Integer.parseInt(plain.substring(2, amp));
        int back = Integer.parseInt(plain.substring(amp + 3));
        if (position >= 0 && back >= -1) {
          return new Cursor(position, back);
        }
      }
    } catch (IllegalArgumentException e) {
      // Falls through to the rejection below: the text was not one of our cursors.
    }
    throw new Rejection(404, "Invalid cursor.", true);
  }
}
