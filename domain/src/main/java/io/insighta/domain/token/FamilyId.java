package io.insighta.domain.token;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One login session: every refresh token rotated from the same sign-in shares this id. */
public record FamilyId(UUID value) {
  public FamilyId {
    Objects.requireNonNull(value, "value");
  }

  /** A fresh, unguessable id (random UUID from the JDK's SecureRandom). */
  public static FamilyId random() {
    return new FamilyId(UUID.randomUUID());
  }

  public static Optional<FamilyId> parse(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(new FamilyId(UUID.fromString(text)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
