package io.insighta.adapters.http.server.support;

import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds stored profiles for seeding. */
public final class Profiles {

  private Profiles() {}

  public static Profile profile(
      String name,
      Gender gender,
      double genderProbability,
      int age,
      String country,
      double countryProbability,
      Instant createdAt) {
    return new Profile(
        ProfileId.generate(Clock.fixed(createdAt, ZoneOffset.UTC)),
        new ProfileName(name),
        gender,
        genderProbability,
        age,
        Country.ofCode(country).orElseThrow(),
        countryProbability,
        createdAt);
  }
}
