package io.insighta.domain.profile;

import java.util.List;
import java.util.Map;

/** Other English names and abbreviations people use for countries, beyond the official ones. */
final class CountryAliases {
  static final Map<String, List<String>> BY_CODE =
      Map.ofEntries(
          Map.entry(
              "US", List.of("usa", "u.s.a.", "u.s.", "us", "america", "united states of america")),
          Map.entry(
              "GB",
              List.of(
                  "uk",
                  "u.k.",
                  "great britain",
                  "britain",
                  "england",
                  "scotland",
                  "wales",
                  "northern ireland")),
          Map.entry("AE", List.of("uae", "u.a.e.", "emirates")),
          Map.entry(
              "CD",
              List.of(
                  "dr congo",
                  "d.r. congo",
                  "drc",
                  "democratic republic of the congo",
                  "democratic republic of congo",
                  "congo kinshasa",
                  "zaire")),
          Map.entry(
              "CG",
              List.of(
                  "congo",
                  "republic of the congo",
                  "republic of congo",
                  "congo republic",
                  "congo brazzaville")),
          Map.entry("CI", List.of("cote d'ivoire", "cote divoire", "ivory coast")),
          Map.entry("CV", List.of("cape verde", "cabo verde")),
          Map.entry("SZ", List.of("eswatini", "swaziland")),
          Map.entry("ST", List.of("sao tome", "sao tome and principe")),
          Map.entry("TZ", List.of("united republic of tanzania")),
          Map.entry("ZA", List.of("rsa", "republic of south africa")),
          Map.entry("KR", List.of("korea", "republic of korea")),
          Map.entry("KP", List.of("dprk")),
          Map.entry("RU", List.of("russian federation")),
          Map.entry("CZ", List.of("czech republic")),
          Map.entry("MK", List.of("macedonia")),
          Map.entry("MM", List.of("burma")),
          Map.entry("TR", List.of("turkiye")),
          Map.entry("NL", List.of("holland")),
          Map.entry("VA", List.of("vatican", "holy see")),
          Map.entry("TL", List.of("east timor")),
          Map.entry("LA", List.of("lao")),
          Map.entry("VN", List.of("viet nam")),
          Map.entry("MO", List.of("macau")),
          Map.entry("BA", List.of("bosnia")),
          Map.entry("TT", List.of("trinidad")),
          Map.entry("AG", List.of("antigua")),
          Map.entry("KN", List.of("saint kitts", "st kitts")),
          Map.entry("VC", List.of("saint vincent", "st vincent")),
          Map.entry("SA", List.of("ksa")),
          Map.entry("FM", List.of("federated states of micronesia")),
          Map.entry("CC", List.of("cocos islands", "keeling islands")),
          Map.entry("FK", List.of("falklands", "malvinas")));

  private CountryAliases() {}
}
