package io.insighta.application.memory;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.ProfileFilter;
import java.util.function.Predicate;

/** Evaluates a profile filter in memory, with the same inclusive bounds as the SQL adapter. */
final class FilterPredicate implements Predicate<Profile> {
  private final ProfileFilter filter;

  FilterPredicate(ProfileFilter filter) {
    this.filter = filter;
  }

  @Override
  public boolean test(Profile p) {
    return (filter.gender() == null || filter.gender() == p.gender())
        && (filter.ageGroup() == null || filter.ageGroup() == p.ageGroup())
        && (filter.country() == null || filter.country().equals(p.country()))
        && (filter.minAge() == null || p.age() >= filter.minAge())
        && (filter.maxAge() == null || p.age() <= filter.maxAge())
        && (filter.minGenderProbability() == null
            || p.genderProbability() >= filter.minGenderProbability())
        && (filter.minCountryProbability() == null
            || p.countryProbability() >= filter.minCountryProbability());
  }
}
