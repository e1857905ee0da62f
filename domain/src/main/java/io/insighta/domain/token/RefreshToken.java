package io.insighta.domain.token;

import io.insighta.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored refresh token: its hash, the session family and user it belongs to, its state, and
 * when its session ends ({@code SESSION_MAX_AGE} after sign-in), which no token of the family
 * outlives.
 */
public record RefreshToken(
    RefreshTokenHash hash,
    FamilyId familyId,
    UserId userId,
    Instant issuedAt,
    Instant expiresAt,
    Instant sessionEndsAt,
    RefreshTokenStatus status) {

  public RefreshToken {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(sessionEndsAt, "sessionEndsAt");
    Objects.requireNonNull(status, "status");
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("expiresAt must be after issuedAt");
    }
    if (expiresAt.isAfter(sessionEndsAt)) {
      throw new IllegalArgumentException("a refresh token must not outlive its session");
    }
  }

  /** A fresh token at the head of its family, expiring at the latest when its session ends. */
  public static RefreshToken active(
      RefreshTokenHash hash,
      FamilyId familyId,
      UserId userId,
      Instant issuedAt,
      Instant expiresAt,
      Instant sessionEndsAt) {
    Instant capped = expiresAt.isAfter(sessionEndsAt) ? sessionEndsAt : expiresAt;
    return new RefreshToken(
        hash, familyId, userId, issuedAt, capped, sessionEndsAt, RefreshTokenStatus.ACTIVE);
  }

  /** Usable for exactly one rotation: active and not yet expired at {@code now}. */
  public boolean usableAt(Instant now) {
    return status == RefreshTokenStatus.ACTIVE && now.isBefore(expiresAt);
  }

  public RefreshToken withStatus(RefreshTokenStatus newStatus) {
    return new RefreshToken(hash, familyId, userId, issuedAt, expiresAt, sessionEndsAt, newStatus);
  }
}
