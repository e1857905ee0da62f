package io.insighta.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.insighta.application.contract.ProfileFixtures;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.CacheScope;
import io.insighta.domain.query.ProfileFilter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** A write can only change the results of filters in the scopes it touches, whatever the filter. */
class CacheScopePropertiesTest {
  private static final List<String> COUNTRIES = List.of("NG", "GH", "ZA");

  private static Gen<Gender> genders() {
    return Generate.pick(Arrays.asList(Gender.values()));
  }

  private static Gen<Country> countries() {
    return Generate.pick(COUNTRIES).map(code -> Country.ofCode(code).orElseThrow());
  }

  private static Gen<Profile> profiles() {
    return genders()
        .zip(
            integers().between(0, 150),
            Generate.pick(COUNTRIES),
            doubles().between(0, 1),
            (gender, age, country, probability) ->
                ProfileFixtures.profile(
                    ProfileFixtures.nextId(),
                    "p",
                    gender,
                    probability,
                    age,
                    country,
                    probability,
                    ProfileFixtures.BASE_TIME));
  }

  /** A filter {@code profile} matches: each condition is absent or admits it, chosen by a bit. */
  private static ProfileFilter admitting(Profile profile, int conditions, double slack) {
    ProfileFilter filter = ProfileFilter.NONE;
    if ((conditions & 1) != 0) {
      filter = filter.withGender(profile.gender());
    }
    if ((conditions & 2) != 0) {
      filter = filter.withAgeGroup(profile.ageGroup());
    }
    if ((conditions & 4) != 0) {
      filter = filter.withCountry(profile.country());
    }
    if ((conditions & 8) != 0) {
      filter = filter.withMinAge((int) (profile.age() * slack));
    }
    if ((conditions & 16) != 0) {
      filter = filter.withMaxAge(profile.age() + (int) (10 * slack));
    }
    if ((conditions & 32) != 0) {
      filter = filter.withMinGenderProbability(profile.genderProbability() * slack);
    }
    return filter;
  }

  @Test
  void everyFilterAWrittenProfileMatchesIsInAScopeTheWriteTouches() {
    qt().withExamples(2_000)
        .forAll(profiles(), integers().between(0, 63), doubles().between(0, 1))
        .check(
            (profile, conditions, slack) -> {
              ProfileFilter filter = admitting(profile, conditions, slack);
              return new FilterPredicate(filter).test(profile)
                  && CacheScope.touchedBy(profile).contains(CacheScope.of(filter));
            });
  }

  @Test
  void noFilterOfAnotherGenderOrCountryIsTouched() {
    qt().withExamples(2_000)
        .forAll(profiles(), genders(), countries())
        .assuming(
            (profile, gender, country) ->
                gender != profile.gender() || !country.equals(profile.country()))
        .check(
            (profile, gender, country) ->
                !CacheScope.touchedBy(profile)
                    .contains(
                        CacheScope.of(ProfileFilter.NONE.withGender(gender).withCountry(country))));
  }

  @Test
  void aWriteLeavesTheScopesOfOtherGendersAndCountries() {
    Profile nigerianMan =
        ProfileFixtures.profile(
            ProfileFixtures.nextId(),
            "p",
            Gender.MALE,
            0.9,
            30,
            "NG",
            0.9,
            ProfileFixtures.BASE_TIME);
    Country ghana = Country.ofCode("GH").orElseThrow();

    assertThat(CacheScope.touchedBy(nigerianMan))
        .doesNotContain(
            CacheScope.of(ProfileFilter.NONE.withGender(Gender.FEMALE)),
            CacheScope.of(ProfileFilter.NONE.withCountry(ghana)),
            CacheScope.of(ProfileFilter.NONE.withGender(Gender.MALE).withCountry(ghana)))
        .contains(CacheScope.ofProfile(nigerianMan.id()))
        .hasSize(5);
  }
}
