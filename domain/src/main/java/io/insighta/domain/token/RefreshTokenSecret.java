package io.insighta.domain.token;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The opaque refresh-token value handed to the client: 256 random bits, base64url without padding.
 * Only its {@link #hash()} is ever stored.
 */
public final class RefreshTokenSecret {
  private static final int BYTES = 32;
  private final String value;

  private RefreshTokenSecret(String value) {
    this.value = value;
  }

  public static RefreshTokenSecret generate(SecureRandom random) {
    byte[] bytes = new byte[BYTES];
    random.nextBytes(bytes);
    return new RefreshTokenSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public String value() {
    return value;
  }

  public RefreshTokenHash hash() {
    return RefreshTokenHash.of(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RefreshTokenSecret that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  /** Never prints the secret, so it cannot leak through a log line. */
  @Override
  public String toString() {
    return "RefreshTokenSecret[redacted]";
  }
}
