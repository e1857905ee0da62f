package io.insighta.domain.profile;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;

/**
 * English short names for ISO 3166-1 codes: the JDK's names, except where a common English name
 * reads better or the JDK's name has changed between releases (the seed data set is the reference).
 */
final class CountryNames {
  // Pinned so the names do not shift with the JDK's locale data, and spelled out where CLDR uses
  // "&", "St." or "SAR China".
  private static final Map<String, String> COMMON_NAMES =
      Map.ofEntries(
          entry("AG", "Antigua and Barbuda"),
          entry("BA", "Bosnia and Herzegovina"),
          entry("BL", "Saint Barthélemy"),
          entry("CD", "DR Congo"),
          entry("CG", "Republic of the Congo"),
          entry("CI", "Côte d'Ivoire"),
          entry("CV", "Cape Verde"),
          entry("CZ", "Czechia"),
          entry("GB", "United Kingdom"),
          entry("GS", "South Georgia and the South Sandwich Islands"),
          entry("HK", "Hong Kong"),
          entry("HM", "Heard Island and McDonald Islands"),
          entry("KN", "Saint Kitts and Nevis"),
          entry("LC", "Saint Lucia"),
          entry("MF", "Saint Martin"),
          entry("MK", "North Macedonia"),
          entry("MM", "Myanmar"),
          entry("MO", "Macao"),
          entry("PM", "Saint Pierre and Miquelon"),
          entry("PS", "Palestine"),
          entry("SH", "Saint Helena"),
          entry("SJ", "Svalbard and Jan Mayen"),
          entry("ST", "São Tomé and Príncipe"),
          entry("SZ", "Eswatini"),
          entry("TC", "Turks and Caicos Islands"),
          entry("TR", "Turkey"),
          entry("TT", "Trinidad and Tobago"),
          entry("TZ", "Tanzania"),
          entry("UM", "United States Minor Outlying Islands"),
          entry("US", "United States"),
          entry("VC", "Saint Vincent and the Grenadines"),
          entry("VI", "United States Virgin Islands"),
          entry("WF", "Wallis and Futuna"));

  private CountryNames() {}

  static String englishName(String code) {
    String common = COMMON_NAMES.get(code);
    if (common != null) {
      return common;
    }
    return jdkName(code);
  }

  /** The JDK's own English name, which the lexicon also accepts as a spelling. */
  static String jdkName(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
  }
}
