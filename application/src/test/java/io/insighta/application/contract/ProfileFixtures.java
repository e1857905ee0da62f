package io.insighta.application.contract;

import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.profile.ProfileName;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Builds profiles for contract tests with chosen ids, so tie-break orders are predictable. */
public final class ProfileFixtures {
  public static final Instant BASE_TIME = Instant.parse("2026-04-01T12:00:00Z");
  private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000);

  private ProfileFixtures() {}

  /** A version-7-shaped id whose order among others from this method follows {@code n}. */
  public static ProfileId id(long n) {
    return new ProfileId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0000L | n));
  }

  /** An id whose top bit is set: it sorts after every {@link #id(long)} in unsigned uuid order. */
  public static ProfileId highId(long n) {
    return new ProfileId(new UUID(0xF000_0000_0000_7000L, 0x8000_0000_0000_0000L | n));
  }

  /** A fresh id, distinct from every other this JVM hands out. */
  public static ProfileId nextId() {
    return id(SEQUENCE.incrementAndGet());
  }

  public static Profile profile(
      ProfileId id,
      String name,
      Gender gender,
      double genderProbability,
      int age,
      String countryCode,
      double countryProbability,
      Instant createdAt) {
    return new Profile(
        id,
        new ProfileName(name),
        gender,
        genderProbability,
        age,
        Country.ofCode(countryCode).orElseThrow(),
        countryProbability,
        createdAt);
  }

  /** A valid profile with a fresh id and ordinary values, for tests that only care about names. */
  public static Profile named(String name) {
    return profile(nextId(), name, Gender.FEMALE, 0.9, 30, "NG", 0.6, BASE_TIME);
  }
}
