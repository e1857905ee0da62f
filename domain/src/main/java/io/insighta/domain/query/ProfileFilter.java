package io.insighta.domain.query;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Probability;

/**
 * The AND-combined filters of a profile list; a null component means "no filter". Age bounds are
 * inclusive.
 */
public record ProfileFilter(
    Gender gender,
    AgeGroup ageGroup,
    Country country,
    Integer minAge,
    Integer maxAge,
    Double minGenderProbability,
    Double minCountryProbability) {

  public static final ProfileFilter NONE =
      new ProfileFilter(null, null, null, null, null, null, null);

  public ProfileFilter {
    if (minAge != null && minAge < 0) {
      throw new InvalidQueryException("min_age must not be negative");
    }
    if (maxAge != null && maxAge < 0) {
      throw new InvalidQueryException("max_age must not be negative");
    }
    if (minAge != null && maxAge != null && minAge > maxAge) {
      throw new InvalidQueryException("min_age must not exceed max_age");
    }
    if (minGenderProbability != null && !Probability.isValid(minGenderProbability)) {
      throw new InvalidQueryException("min_gender_probability must be between 0 and 1");
    }
    if (minCountryProbability != null && !Probability.isValid(minCountryProbability)) {
      throw new InvalidQueryException("min_country_probability must be between 0 and 1");
    }
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  /**
   * A key that is identical for equal filters however they were written (parameter order, case).
   */
  public String canonicalKey() {
    return "g="
        + (gender == null ? "" : gender.code())
        + ";ag="
        + (ageGroup == null ? "" : ageGroup.code())
        + ";c="
        + (country == null ? "" : country.code())
        + ";min="
        + (minAge == null ? "" : minAge)
        + ";max="
        + (maxAge == null ? "" : maxAge)
        + ";gp="
        + (minGenderProbability == null ? "" : minGenderProbability)
        + ";cp="
        + (minCountryProbability == null ? "" : minCountryProbability);
  }

  public ProfileFilter withGender(Gender value) {
    return new ProfileFilter(
        value, ageGroup, country, minAge, maxAge, minGenderProbability, minCountryProbability);
  }

  public ProfileFilter withAgeGroup(AgeGroup value) {
    return new ProfileFilter(
        gender, value, country, minAge, maxAge, minGenderProbability, minCountryProbability);
  }

  public ProfileFilter withCountry(Country value) {
    return new ProfileFilter(
        gender, ageGroup, value, minAge, maxAge, minGenderProbability, minCountryProbability);
  }

  public ProfileFilter withMinAge(Integer value) {
    return new ProfileFilter(
        gender, ageGroup, country, value, maxAge, minGenderProbability, minCountryProbability);
  }

  public ProfileFilter withMaxAge(Integer value) {
    return new ProfileFilter(
        gender, ageGroup, country, minAge, value, minGenderProbability, minCountryProbability);
  }

  public ProfileFilter withMinGenderProbability(Double value) {
    return new ProfileFilter(
        gender, ageGroup, country, minAge, maxAge, value, minCountryProbability);
  }

  public ProfileFilter withMinCountryProbability(Double value) {
    return new ProfileFilter(
        gender, ageGroup, country, minAge, maxAge, minGenderProbability, value);
  }
}
