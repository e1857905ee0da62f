package io.insighta.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NG|Nigeria",
        "ZA|South Africa",
        "CD|DR Congo",
        "CI|Côte d'Ivoire",
        "US|United States",
        "GB|United Kingdom",
        "AO|Angola",
        "KE|Kenya",
        "CG|Republic of the Congo",
        "ST|São Tomé and Príncipe",
        "TZ|Tanzania"
      })
  void namesAreCommonEnglishNames(String code, String name) {
    assertThat(Country.ofCode(code)).contains(new Country(code, name));
  }

  @Test
  void codesAreCaseInsensitiveAndTrimmed() {
    assertThat(Country.ofCode("ng")).isEqualTo(Country.ofCode("NG"));
    assertThat(Country.ofCode(" kE ").orElseThrow().code()).isEqualTo("KE");
  }

  @Test
  void unknownCodesAreEmpty() {
    assertThat(Country.ofCode("XX")).isEmpty();
    assertThat(Country.ofCode("NGA")).isEmpty();
    assertThat(Country.ofCode("")).isEmpty();
    assertThat(Country.ofCode(null)).isEmpty();
  }

  @Test
  void constructorRejectsCodesOutsideIso3166() {
    assertThatThrownBy(() -> new Country("ZZ", "Nowhere"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyIsoCodeHasANameWithoutCldrAbbreviations() {
    for (String code : Locale.getISOCountries()) {
      String name = Country.ofCode(code).orElseThrow().name();
      assertThat(name)
          .as(code)
          .isNotBlank()
          .doesNotContain("&")
          .doesNotContain("St. ")
          .doesNotContain("SAR");
    }
  }
}
