package ai.levitate.sf.core.transform;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.internal.Texts;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class CountryRegionsTest {
  @Test
  void codesAndTheirDottedSpellingsNameTheirRegion() {
    assertThat(CountryRegions.of("US")).contains("US");
    assertThat(CountryRegions.of(" us ")).contains("US");
    assertThat(CountryRegions.of("U.S.")).contains("US");
    assertThat(CountryRegions.of("USA")).contains("US");
    assertThat(CountryRegions.of("U.S.A.")).contains("US");
    assertThat(CountryRegions.of("DEU")).contains("DE");
  }

  @Test
  void englishNamesAndCommonOtherNamesNameTheirRegion() {
    assertThat(CountryRegions.of("United States")).contains("US");
    assertThat(CountryRegions.of("united  states of america")).contains("US");
    assertThat(CountryRegions.of("Germany")).contains("DE");
    assertThat(CountryRegions.of("United Kingdom")).contains("GB");
    assertThat(CountryRegions.of("UK")).contains("GB");
    assertThat(CountryRegions.of("England")).contains("GB");
    assertThat(CountryRegions.of("Holland")).contains("NL");
  }

  @Test
  void namesInTheCountrysOwnLanguagesNameTheirRegion() {
    assertThat(CountryRegions.of("Deutschland")).contains("DE");
    assertThat(CountryRegions.of("Österreich")).contains("AT");
    assertThat(CountryRegions.of("España")).contains("ES");
    assertThat(CountryRegions.of("Schweiz")).contains("CH");
    assertThat(CountryRegions.of("日本")).contains("JP");
  }

  @Test
  void textThatNamesNoCountryNamesNoRegion() {
    assertThat(CountryRegions.of("Atlantis")).isEmpty();
    assertThat(CountryRegions.of("")).isEmpty();
    assertThat(CountryRegions.of("...")).isEmpty();
    assertThat(CountryRegions.of("ZZ")).isEmpty();
  }

  /**
   * The names in the countries' languages are loaded only when needed; every name still maps as one
   * table built in the original order did (codes, English names, the countries' own names, then the
   * aliases, the first one kept).
   */
  @Test
  void everyKnownNameMapsAsTheSingleTableInItsOriginalOrderDid() {
    Map<String, String> single = singleTable();
    assertThat(single).hasSizeGreaterThan(400);
    single.forEach((name, code) -> assertThat(CountryRegions.of(name)).as(name).contains(code));
  }

  private static Map<String, String> singleTable() {
    Set<String> regions = PhoneNumberUtil.getInstance().getSupportedRegions();
    Map<String, String> names = new HashMap<>();
    String[] codes = Locale.getISOCountries();
    Arrays.sort(codes);
    for (String code : codes) {
      if (regions.contains(code)) {
        Locale region = new Locale("", code);
        names.putIfAbsent(key(region.getISO3Country()), code);
        names.putIfAbsent(key(region.getDisplayCountry(Locale.ENGLISH)), code);
      }
    }
    Locale[] locales = Locale.getAvailableLocales();
    Arrays.sort(locales, Comparator.comparing(Locale::toLanguageTag));
    for (Locale locale : locales) {
      String code = locale.getCountry();
      if (code.length() == 2 && regions.contains(code)) {
        names.putIfAbsent(key(locale.getDisplayCountry(locale)), code);
      }
    }
    for (String[] alias : CountryRegions.ALIASES) {
      names.putIfAbsent(key(alias[0]), alias[1]);
    }
    names.remove("");
    return names;
  }

  private static String key(String name) {
    return Texts.clean(name.replace(".", "")).toLowerCase(Locale.ROOT);
  }
}
