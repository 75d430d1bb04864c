package ai.levitate.sf.examples.internal;

import java.util.Locale;

/**
 * Writes HTML text: every value from the data goes through {@link #escape}, which escapes the five
 * characters HTML gives meaning to, so a customer's data (names, tags, messages) can never become
 * markup or script.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(64 * 1024);

  /** {@code value} escaped for text and for a quoted attribute. */
  static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Markup written as it is: only the page's own, never data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Data, escaped. */
  Html text(Object value) {
    out.append(escape(String.valueOf(value)));
    return this;
  }

  /** An element holding escaped text: {@code <tag>text</tag>}. */
  Html element(String tag, Object value) {
    return raw("<" + tag + ">").text(value).raw("</" + tag + ">");
  }

  /** A figure a person (and the page's test) reads: {@code <span data-figure="name">n</span>}. */
  Html figure(String name, long value) {
    return raw("<span class=\"figure\" data-figure=\"")
        .text(name)
        .raw("\">")
        .text(String.format(Locale.ROOT, "%,d", value))
        .raw("</span>");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
