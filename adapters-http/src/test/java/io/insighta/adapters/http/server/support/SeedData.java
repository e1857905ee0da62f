package io.insighta.adapters.http.server.support;

import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Twenty-five varied profiles created a minute apart, for list, export and stats tests. */
public final class SeedData {

  public static final int SIZE = 25;
  private static final String[] COUNTRIES = {"NG", "KE", "AO", "ZA", "GH"};

  private SeedData() {}

  public static List<Profile> profiles() {
    List<Profile> profiles = new ArrayList<>();
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < SIZE; i++) {
      profiles.add(
          Profiles.profile(
              "Person " + i,
              i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
              0.5 + (i % 5) * 0.1,
              5 + i * 3,
              COUNTRIES[i % COUNTRIES.length],
              0.1 + (i % 4) * 0.2,
              start.plusSeconds(60L * i)));
    }
    return profiles;
  }
}
