package io.insighta.domain.user;

import java.time.Duration;
import java.util.Objects;

/** A rate limit: at most {@code permits} requests per {@code window}, written {@code 10/1m}. */
public record RateRule(int permits, Duration window) {
  public RateRule {
    Objects.requireNonNull(window, "window");
    if (permits < 1) {
      throw new IllegalArgumentException("a rate rule allows at least one request");
    }
    if (window.toSeconds() < 1) {
      throw new IllegalArgumentException("a rate-rule window is at least one second");
    }
  }

  /**
   * Parses {@code N/<duration>}, e.g. {@code 10/1m}, {@code 60/1m}, {@code 100/90s}.
   *
   * @throws IllegalArgumentException with a message naming the accepted format
   */
  public static RateRule parse(String text) {
    String trimmed = text == null ? "" : text.trim();
    int slash = trimmed.indexOf('/');
    if (slash < 1 || !trimmed.substring(0, slash).matches("\\d{1,9}")) {
      throw new IllegalArgumentException(
          "invalid rate limit '" + text + "': expected <requests>/<duration>, e.g. 10/1m or 60/1m");
    }
    int permits = Integer.parseInt(trimmed.substring(0, slash));
    if (permits < 1) {
      throw new IllegalArgumentException(
          "invalid rate limit '" + text + "': requests must be positive");
    }
    try {
      return new RateRule(permits, DurationText.parse(trimmed.substring(slash + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid rate limit '" + text + "': " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return permits + "/" + window.toSeconds() + "s";
  }
}
