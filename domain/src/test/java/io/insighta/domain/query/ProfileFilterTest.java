package io.insighta.domain.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import org.junit.jupiter.api.Test;

class ProfileFilterTest {

  @Test
  void minimumAboveMaximumIsInvalid() {
    assertThatThrownBy(() -> ProfileFilter.NONE.withMinAge(50).withMaxAge(20))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void equalBoundsAreValid() {
    assertThat(ProfileFilter.NONE.withMinAge(30).withMaxAge(30).maxAge()).isEqualTo(30);
  }

  @Test
  void negativeAgesAreInvalid() {
    assertThatThrownBy(() -> ProfileFilter.NONE.withMinAge(-1))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> ProfileFilter.NONE.withMaxAge(-1))
        .isInstanceOf(InvalidQueryException.class);
  }

  @Test
  void probabilitiesOutsideZeroToOneAreInvalid() {
    assertThatThrownBy(() -> ProfileFilter.NONE.withMinGenderProbability(1.01))
        .isInstanceOf(InvalidQueryException.class);
    assertThatThrownBy(() -> ProfileFilter.NONE.withMinCountryProbability(-0.1))
        .isInstanceOf(InvalidQueryException.class);
    assertThat(ProfileFilter.NONE.withMinGenderProbability(1.0).minGenderProbability())
        .isEqualTo(1.0);
  }

  @Test
  void emptyOnlyWithoutAnyComponent() {
    assertThat(ProfileFilter.NONE.isEmpty()).isTrue();
    assertThat(ProfileFilter.NONE.withGender(Gender.MALE).isEmpty()).isFalse();
  }

  @Test
  void canonicalKeyIsEqualForFiltersBuiltInAnyOrder() {
    Country kenya = Country.ofCode("ke").orElseThrow();
    ProfileFilter one =
        ProfileFilter.NONE
            .withGender(Gender.FEMALE)
            .withCountry(kenya)
            .withMinAge(20)
            .withAgeGroup(AgeGroup.ADULT);
    ProfileFilter other =
        ProfileFilter.NONE
            .withAgeGroup(AgeGroup.ADULT)
            .withMinAge(20)
            .withCountry(Country.ofCode("KE").orElseThrow())
            .withGender(Gender.FEMALE);

    assertThat(other).isEqualTo(one);
    assertThat(other.canonicalKey()).isEqualTo(one.canonicalKey());
  }

  @Test
  void canonicalKeyDiffersWhenAnyComponentDiffers() {
    ProfileFilter base = ProfileFilter.NONE.withGender(Gender.MALE);

    assertThat(base.withMinAge(30).canonicalKey()).isNotEqualTo(base.withMaxAge(30).canonicalKey());
    assertThat(base.canonicalKey()).isNotEqualTo(base.withGender(Gender.FEMALE).canonicalKey());
  }

  @Test
  void queryKeyCombinesFilterSortAndPage() {
    ProfileQuery query =
        new ProfileQuery(ProfileFilter.NONE, Sort.DEFAULT, new PageRequest(2, 500));

    assertThat(query.canonicalKey()).endsWith("|created_at:asc|p=2|l=50");
  }
}
