package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.Texts;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The region whose dialling rules a contact's national phone numbers follow, from the country of
 * its mailing address as people type it: an ISO code ({@code US}, {@code USA}), the country's name
 * in English or in a language spoken there ({@code Germany}, {@code Deutschland}), or a common
 * other name ({@code U.S.A.}, {@code UK}, {@code England}).
 */
final class CountryRegions {
  private static final Set<String> PHONE_REGIONS =
      PhoneNumberUtil.getInstance().getSupportedRegions();

  /** Names people use that are neither codes nor the JDK's names (declared before their use). */
  static final String[][] ALIASES = {
    {"United States of America", "US"},
    {"America", "US"},
    {"US of A", "US"},
    {"UK", "GB"},
    {"Great Britain", "GB"},
    {"Britain", "GB"},
    {"England", "GB"},
    {"Scotland", "GB"},
    {"Wales", "GB"},
    {"Northern Ireland", "GB"},
    {"Holland", "NL"},
    {"The Netherlands", "NL"},
    {"Republic of Ireland", "IE"},
    {"Czech Republic", "CZ"},
    {"Turkey", "TR"},
    {"South Korea", "KR"},
    {"Korea", "KR"},
    {"Russia", "RU"},
    {"UAE", "AE"},
    {"Hong Kong", "HK"},
  };

  /** Codes, English names and the aliases: what nearly every org types. */
  private static final Map<String, String> BY_NAME = names();

  private CountryRegions() {}

  /** The region, when the text names a country whose numbers libphonenumber knows. */
  static Optional<String> of(String country) {
    String key = key(country);
    if (key.length() == 2 && PHONE_REGIONS.contains(key.toUpperCase(Locale.ROOT))) {
      return Optional.of(key.toUpperCase(Locale.ROOT));
    }
    String code = BY_NAME.get(key);
    return code != null ? Optional.of(code) : Optional.ofNullable(Native.BY_NAME.get(key));
  }

  private static Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    String[] codes = Locale.getISOCountries();
    Arrays.sort(codes);
    for (String code : codes) {
      if (!PHONE_REGIONS.contains(code)) {
        continue;
      }
      Locale region = new Locale("", code);
      names.putIfAbsent(key(region.getISO3Country()), code);
      names.putIfAbsent(key(region.getDisplayCountry(Locale.ENGLISH)), code);
    }
    for (String[] alias : ALIASES) {
      names.putIfAbsent(key(alias[0]), alias[1]);
    }
    names.remove("");
    return Map.copyOf(names);
  }

  /**
   * The name each country has in the languages spoken there, as the JDK knows them. Reading them
   * loads the names of every locale the JDK has, most of a second in a fresh JVM, so it happens
   * only when a country is typed some other way than a code, its English name or an alias.
   */
  static final class Native {
    static final Map<String, String> BY_NAME = names();

    private Native() {}

    private static Map<String, String> names() {
      Map<String, String> names = new HashMap<>();
      Locale[] locales = Locale.getAvailableLocales();
      Arrays.sort(locales, Comparator.comparing(Locale::toLanguageTag));
      for (Locale locale : locales) {
        String code = locale.getCountry();
        if (code.length() == 2 && PHONE_REGIONS.contains(code)) {
          names.putIfAbsent(key(locale.getDisplayCountry(locale)), code);
        }
      }
      names.remove("");
      return Map.copyOf(names);
    }
  }

  /** Lower case without dots and with one space between words: {@code U.S.A.} is {@code usa}. */
  private static String key(String name) {
    return Texts.clean(name.replace(".", "")).toLowerCase(Locale.ROOT);
  }
}
