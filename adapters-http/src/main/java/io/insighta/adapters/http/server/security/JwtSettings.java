package io.insighta.adapters.http.server.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * One fixed access-token signing key (at least 32 bytes, HS256) together with the {@link JwtRules}
 * every token names.
 */
public final class JwtSettings {
  public static final int MIN_SECRET_BYTES = 32;
  public static final Duration MAX_LEEWAY = JwtRules.MAX_LEEWAY;
  public static final String DEFAULT_ISSUER = JwtRules.DEFAULT_ISSUER;
  public static final String DEFAULT_AUDIENCE = JwtRules.DEFAULT_AUDIENCE;

  private final byte[] secret;
  private final JwtRules rules;

  public JwtSettings(byte[] secret, String issuer, String audience, Duration leeway) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "JWT_ACCESS_SECRET must be at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.rules = new JwtRules(issuer, audience, leeway);
    this.secret = secret.clone();
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

  public JwtRules rules() {
    return rules;
  }

  public String issuer() {
    return rules.issuer();
  }

  public String audience() {
    return rules.audience();
  }

  public Duration leeway() {
    return rules.leeway();
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return "JwtSettings[issuer="
        + rules.issuer()
        + ", audience="
        + rules.audience()
        + ", leeway="
        + rules.leeway()
        + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JwtSettings that
        && Arrays.equals(secret, that.secret)
        && rules.equals(that.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(secret), rules);
  }
}
