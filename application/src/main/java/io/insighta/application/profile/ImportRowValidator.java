package io.insighta.application.profile;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Probability;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Turns a raw import row into a profile or a single human-readable reason why it cannot be one. */
final class ImportRowValidator {
  private final Clock clock;

  ImportRowValidator(Clock clock) {
    this.clock = clock;
  }

  Profile toProfile(ImportCandidate row) {
    if (row.readError() != null) {
      throw new IllegalArgumentException(row.readError());
    }
    ProfileName name = new ProfileName(row.name() == null ? "" : row.name());
    Gender gender =
        Gender.parse(row.gender())
            .orElseThrow(() -> new IllegalArgumentException("gender must be male or female"));
    int age = parseInt(row.age(), "age");
    if (age < 0 || age > 150) {
      throw new IllegalArgumentException("age must be between 0 and 150");
    }
    if (row.ageGroup() != null
        && !row.ageGroup().isBlank()
        && !AgeGroup.of(age).code().equalsIgnoreCase(row.ageGroup().strip())) {
      throw new IllegalArgumentException("age_group does not match age " + age);
    }
    Country country =
        Country.ofCode(row.countryId())
            .orElseThrow(() -> new IllegalArgumentException("country_id is not ISO 3166-1"));
    return new Profile(
        id(row.id()),
        name,
        gender,
        probability(row.genderProbability(), "gender_probability"),
        age,
        country,
        probability(row.countryProbability(), "country_probability"),
        createdAt(row.createdAt()));
  }

  private ProfileId id(String text) {
    if (text == null || text.isBlank()) {
      return ProfileId.generate(clock);
    }
    return ProfileId.parse(text.strip())
        .orElseThrow(() -> new IllegalArgumentException("id is not a UUID"));
  }

  private Instant createdAt(String text) {
    if (text == null || text.isBlank()) {
      return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("created_at is not an ISO 8601 UTC timestamp", e);
    }
  }

  private static int parseInt(String text, String field) {
    try {
      return Integer.parseInt(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a whole number", e);
    }
  }

  private static double probability(String text, String field) {
    double value;
    try {
      value = Double.parseDouble(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " must be a number", e);
    }
    if (!Probability.isValid(value)) {
      throw new IllegalArgumentException(field + " must be between 0 and 1");
    }
    return value;
  }
}
