package io.insighta.application.contract;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of inserts, deletes and filters for the count property of {@link
 * ProfileFinderContract}, with a brute-force model of what the store must then hold. Values come
 * from small pools on the age-group edges, so writes pile up in the same count cells and names
 * collide with stored ones.
 */
final class CountScenarios {
  /** One write followed by a count of {@code filter}. */
  record Step(Write write, List<Profile> profiles, int pick, ProfileFilter filter) {}

  enum Write {
    INSERT_ONE,
    INSERT_ALL,
    DELETE
  }

  private static final List<Integer> AGES = List.of(0, 12, 13, 19, 20, 35, 59, 60, 88, 150);
  private static final List<String> COUNTRIES = List.of("NG", "ZA", "KE");
  private static final List<Double> PROBABILITIES = List.of(0.0, 0.5, 0.9, 1.0);

  private CountScenarios() {}

  static Gen<List<Step>> steps() {
    Gen<Step> step =
        Generate.enumValues(Write.class)
            .zip(
                lists().of(profiles()).ofSizeBetween(1, 4),
                integers().between(0, 40),
                filters(),
                Step::new);
    return lists().of(step).ofSizeBetween(1, 15);
  }

  /** Applies the write to the store and to the model (name key to profile, in insertion order). */
  static void apply(Step step, ProfileRepository repository, Map<String, Profile> model) {
    switch (step.write()) {
      case INSERT_ONE -> {
        Profile profile = step.profiles().get(0);
        repository.insertIfAbsent(profile);
        model.putIfAbsent(profile.name().key(), profile);
      }
      case INSERT_ALL -> {
        repository.insertAllIfAbsent(step.profiles());
        step.profiles().forEach(p -> model.putIfAbsent(p.name().key(), p));
      }
      case DELETE -> {
        // A pick past the stored profiles deletes one that was never stored.
        List<Profile> stored = List.copyOf(model.values());
        Profile gone =
            step.pick() < stored.size() ? stored.get(step.pick()) : step.profiles().get(0);
        repository.delete(gone.id());
        model.remove(gone.name().key(), gone);
      }
    }
  }

  static boolean matches(ProfileFilter filter, Profile profile) {
    return (filter.gender() == null || filter.gender() == profile.gender())
        && (filter.ageGroup() == null || filter.ageGroup() == profile.ageGroup())
        && (filter.country() == null || filter.country().equals(profile.country()))
        && (filter.minAge() == null || profile.age() >= filter.minAge())
        && (filter.maxAge() == null || profile.age() <= filter.maxAge())
        && (filter.minGenderProbability() == null
            || profile.genderProbability() >= filter.minGenderProbability())
        && (filter.minCountryProbability() == null
            || profile.countryProbability() >= filter.minCountryProbability());
  }

  static ProfileFilter withoutProbabilities(ProfileFilter filter) {
    return filter.withMinGenderProbability(null).withMinCountryProbability(null);
  }

  private static Gen<Profile> profiles() {
    Gen<String> names =
        Generate.pick(List.of("ada", "BOLA", "n1", "N1", "n2", "n3", "n4", "n5", "n6", "n7"));
    Gen<Integer> ages = Generate.pick(AGES).mix(integers().between(0, 150));
    return names.zip(
        Generate.enumValues(Gender.class),
        ages,
        Generate.pick(COUNTRIES),
        Generate.pick(PROBABILITIES),
        (name, gender, age, country, probability) ->
            ProfileFixtures.profile(
                ProfileFixtures.nextId(),
                name,
                gender,
                probability,
                age,
                country,
                1.0 - probability,
                ProfileFixtures.BASE_TIME));
  }

  private static Gen<ProfileFilter> filters() {
    Gen<Gender> genders = Generate.pick(Arrays.asList(null, Gender.MALE, Gender.FEMALE));
    Gen<AgeGroup> groups =
        Generate.pick(
            Arrays.asList(
                null, AgeGroup.CHILD, AgeGroup.TEENAGER, AgeGroup.ADULT, AgeGroup.SENIOR));
    Gen<Country> countries =
        Generate.pick(Arrays.asList(null, country("NG"), country("ZA"), country("US")));
    Gen<Integer> bounds = Generate.pick(Arrays.asList(null, 0, 13, 19, 20, 59, 60, 100));
    Gen<Double> probabilities = Generate.pick(Arrays.asList(null, 0.0, 0.5, 0.9, 1.0));
    Gen<ProfileFilter> demographic =
        genders.zip(
            groups,
            countries,
            bounds,
            (gender, group, country, min) ->
                ProfileFilter.NONE
                    .withGender(gender)
                    .withAgeGroup(group)
                    .withCountry(country)
                    .withMinAge(min));
    return demographic.zip(
        bounds,
        probabilities,
        probabilities,
        (filter, max, gender, country) ->
            filter
                .withMaxAge(atLeast(max, filter.minAge()))
                .withMinGenderProbability(gender)
                .withMinCountryProbability(country));
  }

  private static Integer atLeast(Integer max, Integer min) {
    return max == null || min == null ? max : Integer.valueOf(Math.max(max, min));
  }

  private static Country country(String code) {
    return Country.ofCode(code).orElseThrow();
  }
}
