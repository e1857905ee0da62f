package io.insighta.domain.token;

/** Where a refresh token is in its life: usable once, already exchanged, or killed. */
public enum RefreshTokenStatus {
  ACTIVE,
  ROTATED,
  REVOKED
}
