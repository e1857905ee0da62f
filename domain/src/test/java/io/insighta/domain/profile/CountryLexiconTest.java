package io.insighta.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryLexiconTest {

  @Test
  void everyCountryIsNamedByItsOwnName() {
    for (String code : Locale.getISOCountries()) {
      Country country = Country.ofCode(code).orElseThrow();
      assertThat(CountryLexicon.phrases().get(country.name().toLowerCase(Locale.ROOT)))
          .as(code)
          .isEqualTo(country);
    }
  }

  @Test
  void aliasesAndDemonymsPointAtTheirCountries() {
    assertThat(CountryLexicon.phrases())
        .containsEntry("ivory coast", country("CI"))
        .containsEntry("usa", country("US"))
        .containsEntry("drc", country("CD"))
        .containsEntry("nigerian", country("NG"))
        .containsEntry("nigerians", country("NG"))
        .containsEntry("senegalese", country("SN"))
        .containsEntry("south african", country("ZA"));
  }

  @Test
  void pluralsAreNotInventedForInvariableDemonyms() {
    assertThat(CountryLexicon.phrases()).doesNotContainKeys("senegaleses", "swisss", "britishs");
  }

  private static Country country(String code) {
    return Country.ofCode(code).orElseThrow();
  }
}
