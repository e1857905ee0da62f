package io.insighta.domain.profile;

import java.util.Locale;
import java.util.Optional;

/** Predicted gender of a profile. */
public enum Gender {
  MALE,
  FEMALE;

  /** The lower-case name used on the wire and in storage. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Case-insensitive lookup of {@code male} / {@code female}. */
  public static Optional<Gender> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "male" -> Optional.of(MALE);
      case "female" -> Optional.of(FEMALE);
      default -> Optional.empty();
    };
  }
}
