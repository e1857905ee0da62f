package io.insighta.domain.user;

/**
 * The answer of the rate limiter for one request: allowed or not, the limit, the permits left in
 * the window, seconds until the window resets, and (when refused) seconds to wait before retrying.
 */
public record RateDecision(
    boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
  public RateDecision {
    if (limit < 1 || remaining < 0 || remaining > limit) {
      throw new IllegalArgumentException("remaining must lie between 0 and the limit");
    }
    if (resetSeconds < 0 || retryAfterSeconds < 0) {
      throw new IllegalArgumentException("seconds must not be negative");
    }
    if (!allowed && retryAfterSeconds < 1) {
      throw new IllegalArgumentException("a refusal asks the client to wait at least one second");
    }
  }
}
