package io.insighta.domain.pat;

import java.time.Duration;
import java.time.Instant;

/** How many days a new personal access token lives: 1 to 365, 30 unless its creator says. */
public record TokenLifetime(int days) {
  public static final int MIN_DAYS = 1;
  public static final int MAX_DAYS = 365;
  public static final TokenLifetime DEFAULT = new TokenLifetime(30);

  public TokenLifetime {
    if (days < MIN_DAYS || days > MAX_DAYS) {
      throw InvalidTokenRequestException.invalid(
          "A token lives " + MIN_DAYS + " to " + MAX_DAYS + " days");
    }
  }

  public Instant expiryFrom(Instant createdAt) {
    return createdAt.plus(Duration.ofDays(days));
  }
}
