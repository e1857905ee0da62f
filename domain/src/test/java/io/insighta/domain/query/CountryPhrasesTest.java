package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.profile.Country;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every country can be searched for by its names, and every African country by its demonym. */
class CountryPhrasesTest {

  static Stream<String> isoCodes() {
    return Stream.of(Locale.getISOCountries());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("isoCodes")
  void everyCountryIsFoundByItsOwnNameAndTheJdkName(String code) {
    Country country = Country.ofCode(code).orElseThrow();
    String jdkName = new Locale("", code).getDisplayCountry(Locale.ENGLISH);

    assertThat(NaturalLanguageQuery.parse("people from " + country.name()).country())
        .isEqualTo(country);
    assertThat(NaturalLanguageQuery.parse("living in " + jdkName).country()).isEqualTo(country);
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @CsvSource({
    "DZ, algerians",
    "AO, angolans",
    "BJ, beninese",
    "BW, batswana",
    "BF, burkinabe",
    "BI, burundians",
    "CV, cape verdeans",
    "CM, cameroonians",
    "CF, central africans",
    "TD, chadians",
    "KM, comorians",
    "CG, congolese",
    "CD, dr congolese",
    "CI, ivorians",
    "DJ, djiboutians",
    "EG, egyptians",
    "GQ, equatorial guineans",
    "ER, eritreans",
    "SZ, swazis",
    "ET, ethiopians",
    "GA, gabonese",
    "GM, gambians",
    "GH, ghanaians",
    "GN, guineans",
    "GW, bissau guineans",
    "KE, kenyans",
    "LS, basotho",
    "LR, liberians",
    "LY, libyans",
    "MG, malagasy",
    "MW, malawians",
    "ML, malians",
    "MR, mauritanians",
    "MU, mauritians",
    "MA, moroccans",
    "MZ, mozambicans",
    "NA, namibians",
    "NE, nigeriens",
    "NG, nigerians",
    "RW, rwandans",
    "ST, santomeans",
    "SN, senegalese",
    "SC, seychellois",
    "SL, sierra leoneans",
    "SO, somalis",
    "ZA, south africans",
    "SS, south sudanese",
    "SD, sudanese",
    "TZ, tanzanians",
    "TG, togolese",
    "TN, tunisians",
    "UG, ugandans",
    "ZM, zambians",
    "ZW, zimbabweans",
    "EH, sahrawi"
  })
  void everyAfricanCountryIsFoundByItsDemonym(String code, String demonym) {
    assertThat(NaturalLanguageQuery.parse(demonym).country().code()).isEqualTo(code);
    assertThat(
            NaturalLanguageQuery.parse(demonym.toUpperCase(Locale.ROOT) + " women")
                .country()
                .code())
        .isEqualTo(code);
  }

  @Test
  void longestNameWinsOverTheNameInsideIt() {
    assertThat(NaturalLanguageQuery.parse("south sudan").country().code()).isEqualTo("SS");
    assertThat(NaturalLanguageQuery.parse("equatorial guinea").country().code()).isEqualTo("GQ");
    assertThat(NaturalLanguageQuery.parse("papua new guinea").country().code()).isEqualTo("PG");
    assertThat(NaturalLanguageQuery.parse("american samoa").country().code()).isEqualTo("AS");
    assertThat(NaturalLanguageQuery.parse("dominican republic").country().code()).isEqualTo("DO");
    assertThat(NaturalLanguageQuery.parse("dominica").country().code()).isEqualTo("DM");
  }
}
