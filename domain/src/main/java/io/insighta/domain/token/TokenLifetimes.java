package io.insighta.domain.token;

import java.time.Duration;
import java.util.Objects;

/** How long access tokens and refresh tokens live (API.md defaults: 3 and 5 minutes). */
public record TokenLifetimes(Duration access, Duration refresh) {
  public static final TokenLifetimes DEFAULTS =
      new TokenLifetimes(Duration.ofMinutes(3), Duration.ofMinutes(5));

  public TokenLifetimes {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(refresh, "refresh");
    if (access.isNegative() || access.isZero() || refresh.isNegative() || refresh.isZero()) {
      throw new IllegalArgumentException("token lifetimes must be positive");
    }
  }
}
