package io.insighta.domain.token;

import io.insighta.domain.role.Role;
import io.insighta.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * What an access token asserts: the user ({@code sub}), the role at issue time, the login session
 * (the refresh-token family, {@code sid}), a unique token id ({@code jti}) and its validity window.
 */
public record AccessClaims(
    UserId userId,
    Role role,
    FamilyId sessionId,
    String tokenId,
    Instant issuedAt,
    Instant expiresAt) {

  public AccessClaims {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("expiresAt must be after issuedAt");
    }
  }
}
