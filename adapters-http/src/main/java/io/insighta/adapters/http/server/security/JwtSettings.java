package io.insighta.adapters.http.server.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * The access-token signing key (at least 32 bytes, HS256), the issuer and audience every token
 * names, and the clock-skew leeway (at most 30 seconds).
 */
public final class JwtSettings {
  public static final int MIN_SECRET_BYTES = 32;
  public static final Duration MAX_LEEWAY = Duration.ofSeconds(30);
  public static final String DEFAULT_ISSUER = "insighta-labs";
  public static final String DEFAULT_AUDIENCE = "insighta-api";

  private final byte[] secret;
  private final String issuer;
  private final String audience;
  private final Duration leeway;

  public JwtSettings(byte[] secret, String issuer, String audience, Duration leeway) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "JWT_ACCESS_SECRET must be at least " + MIN_SECRET_BYTES + " bytes");
    }
    if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
      throw new IllegalArgumentException("issuer and audience must not be blank");
    }
    Objects.requireNonNull(leeway, "leeway");
    if (leeway.isNegative() || leeway.compareTo(MAX_LEEWAY) > 0) {
      throw new IllegalArgumentException("leeway must lie between 0 and 30 seconds");
    }
    this.secret = secret.clone();
    this.issuer = issuer;
    this.audience = audience;
    this.leeway = leeway;
  }

  /** The secret as UTF-8 text, default issuer and audience, 5 seconds of leeway. */
  public static JwtSettings withSecret(String secret) {
    return new JwtSettings(
        Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8),
        DEFAULT_ISSUER,
        DEFAULT_AUDIENCE,
        Duration.ofSeconds(5));
  }

  public byte[] secret() {
    return secret.clone();
  }

  public String issuer() {
    return issuer;
  }

  public String audience() {
    return audience;
  }

  public Duration leeway() {
    return leeway;
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "JwtSettings[issuer=" + issuer + ", audience=" + audience + ", leeway=" + leeway + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JwtSettings that
        && Arrays.equals(secret, that.secret)
        && issuer.equals(that.issuer)
        && audience.equals(that.audience)
        && leeway.equals(that.leeway);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(secret), issuer, audience, leeway);
  }
}
