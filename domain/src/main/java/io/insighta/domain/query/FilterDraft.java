package io.insighta.domain.query;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import java.util.EnumSet;

/**
 * What a query has said so far, collected in any order and combined only at the end, which is what
 * makes the result independent of word order.
 */
final class FilterDraft {
  static final int YOUNG_MIN = 16;
  static final int YOUNG_MAX = 24;
  private static final int NONE = -1;

  private boolean male;
  private boolean female;
  private boolean young;
  private EnumSet<AgeGroup> ageGroups;
  private Country country;
  private boolean severalCountries;
  private int minAge = NONE;
  private int maxAge = NONE;
  private double minGenderProbability = Double.NaN;
  private double minCountryProbability = Double.NaN;

  void gender(Gender gender) {
    if (gender == Gender.MALE) {
      male = true;
    } else {
      female = true;
    }
  }

  void bothGenders() {
    male = true;
    female = true;
  }

  void ageGroup(AgeGroup group) {
    if (ageGroups == null) {
      ageGroups = EnumSet.noneOf(AgeGroup.class);
    }
    ageGroups.add(group);
  }

  void young() {
    young = true;
  }

  void country(Country named) {
    if (country != null && !country.equals(named)) {
      severalCountries = true;
    }
    country = named;
  }

  void atLeast(int age) {
    minAge = Math.max(minAge, age);
  }

  void atMost(int age) {
    maxAge = maxAge == NONE ? age : Math.min(maxAge, age);
  }

  void range(int from, int to) {
    atLeast(from);
    atMost(to);
  }

  void minGenderProbability(double value) {
    minGenderProbability =
        Double.isNaN(minGenderProbability) ? value : Math.max(minGenderProbability, value);
  }

  void minCountryProbability(double value) {
    minCountryProbability =
        Double.isNaN(minCountryProbability) ? value : Math.max(minCountryProbability, value);
  }

  /** Combines everything said; a query that says nothing or contradicts itself is rejected. */
  ProfileFilter toFilter() {
    if (severalCountries) {
      throw NaturalLanguageQuery.notUnderstood();
    }
    int lower = minAge;
    int upper = maxAge;
    AgeGroup group = null;
    if (ageGroups != null && ageGroups.size() == 1) {
      group = ageGroups.iterator().next();
    } else if (ageGroups != null) {
      // Several groups mean their union, which is one age range only when they are adjacent.
      AgeGroup first = null;
      AgeGroup last = null;
      for (AgeGroup named : ageGroups) {
        if (last != null && named.minAge() != last.maxAge() + 1) {
          throw NaturalLanguageQuery.notUnderstood();
        }
        first = first == null ? named : first;
        last = named;
      }
      if (first.minAge() > 0) {
        lower = Math.max(lower, first.minAge());
      }
      if (last.maxAge() != Integer.MAX_VALUE) {
        upper = upper == NONE ? last.maxAge() : Math.min(upper, last.maxAge());
      }
    }
    if (young) {
      lower = lower == NONE ? YOUNG_MIN : lower;
      upper = upper == NONE ? YOUNG_MAX : upper;
    }
    if (group != null && (lower > group.maxAge() || (upper != NONE && upper < group.minAge()))) {
      throw NaturalLanguageQuery.notUnderstood();
    }
    ProfileFilter filter;
    try {
      filter =
          new ProfileFilter(
              male == female ? null : (male ? Gender.MALE : Gender.FEMALE),
              group,
              country,
              lower == NONE ? null : lower,
              upper == NONE ? null : upper,
              Double.isNaN(minGenderProbability) ? null : minGenderProbability,
              Double.isNaN(minCountryProbability) ? null : minCountryProbability);
    } catch (InvalidQueryException contradiction) {
      throw NaturalLanguageQuery.notUnderstood();
    }
    if (filter.isEmpty()) {
      throw NaturalLanguageQuery.notUnderstood();
    }
    return filter;
  }
}
