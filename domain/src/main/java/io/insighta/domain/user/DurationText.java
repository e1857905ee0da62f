package io.insighta.domain.user;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses configuration durations written as a whole number and a unit: {@code 90s}, {@code 3m},
 * {@code 1h}, {@code 1d}.
 */
public final class DurationText {
  private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})([smhd])");

  private DurationText() {}

  /**
   * @throws IllegalArgumentException with a message naming the accepted format
   */
  public static Duration parse(String text) {
    Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "invalid duration '"
              + text
              + "': expected a whole number and s, m, h or d, e.g. 90s, 3m, 1h");
    }
    long amount = Long.parseLong(matcher.group(1));
    if (amount == 0) {
      throw new IllegalArgumentException("invalid duration '" + text + "': must be positive");
    }
    return switch (matcher.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }
}
