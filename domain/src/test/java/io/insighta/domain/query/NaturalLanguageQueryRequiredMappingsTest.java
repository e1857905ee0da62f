package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import org.junit.jupiter.api.Test;

/** The five mappings API.md requires, spelled out field by field. */
class NaturalLanguageQueryRequiredMappingsTest {

  @Test
  void youngMalesIsMaleAged16To24WithoutAgeGroup() {
    ProfileFilter filter = NaturalLanguageQuery.parse("young males");

    assertThat(filter).isEqualTo(new ProfileFilter(Gender.MALE, null, null, 16, 24, null, null));
  }

  @Test
  void femalesAbove30IsFemaleWithInclusiveMinimum30() {
    ProfileFilter filter = NaturalLanguageQuery.parse("females above 30");

    assertThat(filter)
        .isEqualTo(new ProfileFilter(Gender.FEMALE, null, null, 30, null, null, null));
  }

  @Test
  void peopleFromAngolaIsCountryAo() {
    ProfileFilter filter = NaturalLanguageQuery.parse("people from angola");

    assertThat(filter).isEqualTo(ProfileFilter.NONE.withCountry(country("AO")));
  }

  @Test
  void adultMalesFromKenyaIsMaleAdultKe() {
    ProfileFilter filter = NaturalLanguageQuery.parse("adult males from kenya");

    assertThat(filter)
        .isEqualTo(
            new ProfileFilter(Gender.MALE, AgeGroup.ADULT, country("KE"), null, null, null, null));
  }

  @Test
  void maleAndFemaleTeenagersAbove17HasNoGenderFilter() {
    ProfileFilter filter = NaturalLanguageQuery.parse("male and female teenagers above 17");

    assertThat(filter)
        .isEqualTo(new ProfileFilter(null, AgeGroup.TEENAGER, null, 17, null, null, null));
  }

  @Test
  void wordOrderPairGivesTheSameFilterAndCanonicalKey() {
    ProfileFilter first = NaturalLanguageQuery.parse("young males from nigeria");
    ProfileFilter second = NaturalLanguageQuery.parse("males from nigeria who are young");

    assertThat(second).isEqualTo(first);
    assertThat(second.canonicalKey()).isEqualTo(first.canonicalKey());
    assertThat(first).isEqualTo(FilterSpec.of("g=male c=NG min=16 max=24"));
  }

  private static Country country(String code) {
    return Country.ofCode(code).orElseThrow();
  }
}
