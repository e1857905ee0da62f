package io.insighta.domain.profile;

import java.util.Objects;

/** What the demographic services predicted for one name. */
public record Demographics(
    Gender gender, double genderProbability, int age, Country country, double countryProbability) {

  public Demographics {
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(country, "country");
    Probability.check("genderProbability", genderProbability);
    Probability.check("countryProbability", countryProbability);
  }
}
