package io.insighta.domain.pat;

import io.insighta.domain.profile.UuidText;
import io.insighta.domain.profile.UuidV7;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identity of a personal access token (not its secret): a UUID version 7. */
public record PersonalAccessTokenId(UUID value) {
  private static final SecureRandom RANDOM = new SecureRandom();

  public PersonalAccessTokenId {
    Objects.requireNonNull(value, "value");
  }

  public static PersonalAccessTokenId generate(Clock clock) {
    return new PersonalAccessTokenId(UuidV7.next(clock.millis(), RANDOM));
  }

  /** Parses the canonical text form only; anything else is empty. */
  public static Optional<PersonalAccessTokenId> parse(String text) {
    return UuidText.parse(text).map(PersonalAccessTokenId::new);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
