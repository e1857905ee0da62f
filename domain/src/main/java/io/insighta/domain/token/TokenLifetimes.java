package io.insighta.domain.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How long access tokens, refresh tokens and whole sign-in sessions live (API.md defaults: 3
 * minutes, 5 minutes, 12 hours).
 */
public record TokenLifetimes(Duration access, Duration refresh, Duration session) {
  public static final Duration DEFAULT_SESSION = Duration.ofHours(12);
  public static final TokenLifetimes DEFAULTS =
      new TokenLifetimes(Duration.ofMinutes(3), Duration.ofMinutes(5), DEFAULT_SESSION);

  public TokenLifetimes {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(refresh, "refresh");
    Objects.requireNonNull(session, "session");
    if (access.isNegative() || access.isZero() || refresh.isNegative() || refresh.isZero()) {
      throw new IllegalArgumentException("token lifetimes must be positive");
    }
    if (session.compareTo(refresh) < 0) {
      throw new IllegalArgumentException("a session must last at least one refresh-token lifetime");
    }
  }
}
