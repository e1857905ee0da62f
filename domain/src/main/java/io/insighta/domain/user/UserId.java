package io.insighta.domain.user;

import io.insighta.domain.profile.UuidText;
import io.insighta.domain.profile.UuidV7;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a user of the platform: a UUID version 7. */
public record UserId(UUID value) {
  private static final SecureRandom RANDOM = new SecureRandom();

  public UserId {
    Objects.requireNonNull(value, "value");
  }

  public static UserId generate(Clock clock) {
    return new UserId(UuidV7.next(clock.millis(), RANDOM));
  }

  public static Optional<UserId> parse(String text) {
    return UuidText.parse(text).map(UserId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
