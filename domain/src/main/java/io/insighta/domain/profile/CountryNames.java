package io.insighta.domain.profile;

import java.util.Locale;
import java.util.Map;

/** English short names for ISO 3166-1 codes, preferring common names where the JDK's differ. */
final class CountryNames {
  private static final Map<String, String> COMMON_NAMES =
      Map.of(
          "CD", "DR Congo",
          "CG", "Republic of the Congo",
          "CI", "Côte d'Ivoire",
          "TZ", "Tanzania",
          "US", "United States",
          "GB", "United Kingdom");

  private CountryNames() {}

  static String englishName(String code) {
    String common = COMMON_NAMES.get(code);
    if (common != null) {
      return common;
    }
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }
}
