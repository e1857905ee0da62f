package io.insighta.domain.profile;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Reads UUIDs only in their canonical 8-4-4-4-12 hexadecimal text form. */
public final class UuidText {
  private UuidText() {}

  /**
   * Empty for anything but the canonical form; the JDK's parser alone would also accept shortened
   * groups such as {@code 0-0-0-0-0} and map them to some other id.
   */
  public static Optional<UUID> parse(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      UUID uuid = UUID.fromString(text);
      return uuid.toString().equals(text.toLowerCase(Locale.ROOT))
          ? Optional.of(uuid)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
