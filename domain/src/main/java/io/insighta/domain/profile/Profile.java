package io.insighta.domain.profile;

import java.time.Instant;
import java.util.Objects;

/** A person-profile: a name with its predicted gender, age and nationality. */
public record Profile(
    ProfileId id,
    ProfileName name,
    Gender gender,
    double genderProbability,
    int age,
    Country country,
    double countryProbability,
    Instant createdAt) {

  public Profile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(createdAt, "createdAt");
    Probability.check("genderProbability", genderProbability);
    Probability.check("countryProbability", countryProbability);
    if (age < 0 || age > 150) {
      throw new IllegalArgumentException("age out of range: " + age);
    }
  }

  /** The age bucket, always derived from the age so the two never disagree. */
  public AgeGroup ageGroup() {
    return AgeGroup.of(age);
  }
}
