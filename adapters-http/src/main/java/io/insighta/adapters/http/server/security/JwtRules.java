package io.insighta.adapters.http.server.security;

import java.time.Duration;
import java.util.Objects;

/**
 * What every access token of ours names and how much clock skew its expiry tolerates: the issuer,
 * the audience and a leeway of at most 30 seconds.
 */
public record JwtRules(String issuer, String audience, Duration leeway) {
  public static final Duration MAX_LEEWAY = Duration.ofSeconds(30);
  public static final String DEFAULT_ISSUER = "insighta-labs";
  public static final String DEFAULT_AUDIENCE = "insighta-api";

  public JwtRules {
    if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
      throw new IllegalArgumentException("issuer and audience must not be blank");
    }
    Objects.requireNonNull(leeway, "leeway");
    if (leeway.isNegative() || leeway.compareTo(MAX_LEEWAY) > 0) {
      throw new IllegalArgumentException("leeway must lie between 0 and 30 seconds");
    }
  }

  /** The default issuer and audience with {@code leeway}. */
  public static JwtRules defaults(Duration leeway) {
    return new JwtRules(DEFAULT_ISSUER, DEFAULT_AUDIENCE, leeway);
  }
}
