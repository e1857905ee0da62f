package io.insighta.application.auth;

import io.insighta.domain.token.RefreshTokenHash;
import java.util.Optional;

/**
 * Turns a client-presented refresh token into the hash the store knows, rejecting absurd input
 * early.
 */
final class PresentedRefreshToken {
  /** Our values are 43 characters; anything much longer cannot be one and is not hashed. */
  private static final int MAX_LENGTH = 256;

  private PresentedRefreshToken() {}

  static Optional<RefreshTokenHash> hashOf(String presented) {
    if (presented == null || presented.isBlank() || presented.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(RefreshTokenHash.of(presented));
  }
}
