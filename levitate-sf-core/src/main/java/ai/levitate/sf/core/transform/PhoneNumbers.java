package ai.levitate.sf.core.transform;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers compared as numbers, with Google's libphonenumber: {@code (503) 555-0100} read in
 * the US and {@code +1 503-555-0100} are one number; any Unicode decimal digit counts as its digit
 * ({@code ０３} as {@code 03}); letters count as their keypad digits ({@code 1-800-FLOWERS}).
 */
final class PhoneNumbers {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern VANITY = Pattern.compile("(?s)(?:.*?[A-Za-z]){3}.*");

  /** An extension at the end: {@code x12}, {@code ext. 12}, {@code extension 12}, {@code #12}. */
  private static final Pattern EXTENSION =
      Pattern.compile("(?i)[,;]?\\s*(?:extension|ext\\.?|x|#)\\s*(\\d+)\\s*$");

  private PhoneNumbers() {}

  /** Whether the text holds a decimal digit of any script, without which it is no phone. */
  static boolean hasDigit(String text) {
    return text.codePoints().anyMatch(Character::isDigit);
  }

  /**
   * What two spellings of one number share: the number in E.164 with its extension, national
   * numbers read as dialled in {@code region}; for text that is no number libphonenumber knows, its
   * digits, letters as keypad digits.
   */
  static String key(String text, String region) {
    String ascii = asciiDigits(text);
    try {
      PhoneNumber number = UTIL.parse(ascii, region);
      String key = UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
      return number.hasExtension() ? key + ";ext=" + number.getExtension() : key;
    } catch (NumberParseException e) {
      return digits(ascii);
    }
  }

  /** The text with every decimal digit, of whatever script, as its ASCII digit. */
  static String asciiDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              int digit = Character.isDigit(cp) ? Character.digit(cp, 10) : -1;
              if (digit >= 0) {
                out.append((char) ('0' + digit));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /**
   * The phones of one contact so far, each number once. Spellings with the same digits (letters as
   * keypad digits) are one number; others are read with libphonenumber only when their last digits,
   * where every numbering plan puts the subscriber's number, are the same: most pairs of numbers
   * differ there, and parsing costs more than the rest of a contact's transform.
   */
  static final class Seen {
    private static final int TAIL = 7;

    private final String region;
    private final List<String> digits = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final Map<Integer, String> keys = new HashMap<>();

    Seen(String region) {
      this.region = region;
    }

    /** Whether {@code number} is a phone no earlier one spells; it is then remembered. */
    boolean add(String number) {
      if (!hasDigit(number)) {
        return false;
      }
      String mine = digits(asciiDigits(number));
      String myKey = null;
      for (int i = 0; i < digits.size(); i++) {
        String theirs = digits.get(i);
        if (theirs.equals(mine)) {
          return false;
        }
        int tail = Math.min(TAIL, Math.min(theirs.length(), mine.length()));
        if (theirs.regionMatches(theirs.length() - tail, mine, mine.length() - tail, tail)) {
          myKey = myKey != null ? myKey : key(number, region);
          int index = i;
          if (keys.computeIfAbsent(index, k -> key(texts.get(index), region)).equals(myKey)) {
            return false;
          }
        }
      }
      digits.add(mine);
      texts.add(number);
      return true;
    }
  }

  /**
   * The number's digits, letters as keypad digits, and its extension ({@code x12}, {@code ext. 12},
   * {@code #12}) after a {@code ;}: spellings with equal digits are one number.
   */
  private static String digits(String text) {
    Matcher extension = EXTENSION.matcher(text);
    if (extension.find()) {
      return keypad(text.substring(0, extension.start())) + ";" + extension.group(1);
    }
    return keypad(text);
  }

  /**
   * Digits, and letters as the keypad digits they share a key with when there are three or more (a
   * vanity number, as libphonenumber reads one); fewer letters are no part of the number.
   */
  private static String keypad(String text) {
    return PhoneNumberUtil.normalizeDigitsOnly(
        VANITY.matcher(text).matches()
            ? PhoneNumberUtil.convertAlphaCharactersInNumber(text)
            : text);
  }
}
