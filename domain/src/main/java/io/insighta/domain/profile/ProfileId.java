package io.insighta.domain.profile;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a profile: a time-ordered UUID version 7. */
public record ProfileId(UUID value) {
  private static final SecureRandom RANDOM = new SecureRandom();

  public ProfileId {
    Objects.requireNonNull(value, "value");
  }

  /** Mints a new UUID v7 whose leading 48 bits are the clock's epoch milliseconds. */
  public static ProfileId generate(Clock clock) {
    return new ProfileId(UuidV7.next(clock.millis(), RANDOM));
  }

  /**
   * Parses the canonical text form; anything else (including other UUID versions' typos) is empty.
   */
  public static Optional<ProfileId> parse(String text) {
    return UuidText.parse(text).map(ProfileId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
