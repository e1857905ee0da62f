package io.insighta.adapters.persistence.profile;

import io.insighta.adapters.persistence.jooq.tables.records.ProfilesRecord;
import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Maps between the domain profile and the generated {@code profiles} row. */
final class ProfileRecordMapper {
  private ProfileRecordMapper() {}

  static ProfilesRecord toRecord(Profile profile) {
    return new ProfilesRecord(
        profile.id().value(),
        profile.name().value(),
        profile.name().key(),
        profile.gender().code(),
        profile.genderProbability(),
        profile.age(),
        profile.ageGroup().code(),
        profile.country().code(),
        profile.country().name(),
        profile.countryProbability(),
        // timestamptz keeps microseconds; truncating here makes what is stored predictable.
        OffsetDateTime.ofInstant(
            profile.createdAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
  }

  static Profile toProfile(ProfilesRecord row) {
    return new Profile(
        new ProfileId(row.getId()),
        new ProfileName(row.getName()),
        gender(row.getGender()),
        row.getGenderProbability(),
        row.getAge(),
        new Country(row.getCountryId(), row.getCountryName()),
        row.getCountryProbability(),
        row.getCreatedAt().toInstant());
  }

  static Gender gender(String code) {
    return Gender.parse(code)
        .orElseThrow(() -> new IllegalStateException("unknown gender stored: " + code));
  }

  static AgeGroup ageGroup(String code) {
    return AgeGroup.parse(code)
        .orElseThrow(() -> new IllegalStateException("unknown age group stored: " + code));
  }
}
