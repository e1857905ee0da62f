package io.insighta.domain.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every English spelling that names a country in free text: ISO names (ours and the JDK's), common
 * aliases and abbreviations, and demonyms with their plurals, each mapped to its country.
 */
public final class CountryLexicon {
  private static final Map<String, Country> PHRASES = build();

  private CountryLexicon() {}

  /**
   * Spelling (lower case, accents and punctuation as written) to country, aliases before official
   * names before demonyms, so a caller that keeps the first meaning of a phrase honours that order.
   */
  public static Map<String, Country> phrases() {
    return PHRASES;
  }

  private static Map<String, Country> build() {
    Map<String, Country> phrases = new LinkedHashMap<>();
    CountryAliases.BY_CODE.forEach(
        (code, aliases) -> aliases.forEach(alias -> add(phrases, alias, code)));
    for (String code : Locale.getISOCountries()) {
      addName(phrases, CountryNames.englishName(code), code);
      addName(phrases, CountryNames.jdkName(code), code);
    }
    for (String line : CountryDemonyms.TABLE) {
      String code = line.substring(0, 2);
      for (String demonym : line.substring(3).split(",", -1)) {
        String singular = demonym.strip();
        add(phrases, singular, code);
        add(phrases, plural(singular), code);
      }
    }
    return Collections.unmodifiableMap(phrases);
  }

  private static void addName(Map<String, Country> phrases, String name, String code) {
    add(phrases, name, code);
    int parenthesis = name.indexOf(" (");
    if (parenthesis > 0) {
      add(phrases, name.substring(0, parenthesis), code);
    }
    for (String[] pair :
        List.of(new String[] {"Saint ", "St. "}, new String[] {"St. ", "Saint "})) {
      if (name.startsWith(pair[0])) {
        add(phrases, pair[1] + name.substring(pair[0].length()), code);
      }
    }
    if (name.endsWith(" SAR China")) {
      add(phrases, name.substring(0, name.length() - " SAR China".length()), code);
    }
  }

  private static void add(Map<String, Country> phrases, String spelling, String code) {
    phrases.putIfAbsent(
        spelling.toLowerCase(Locale.ROOT), new Country(code, CountryNames.englishName(code)));
  }

  private static String plural(String demonym) {
    for (String ending : new String[] {"s", "sh", "ch", "ese", "y"}) {
      if (demonym.endsWith(ending)) {
        return demonym;
      }
    }
    return demonym + "s";
  }
}
