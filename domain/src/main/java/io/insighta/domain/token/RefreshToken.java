package io.insighta.domain.token;

import io.insighta.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** One stored refresh token: its hash, the session family and user it belongs to, and its state. */
public record RefreshToken(
    RefreshTokenHash hash,
    FamilyId familyId,
    UserId userId,
    Instant issuedAt,
    Instant expiresAt,
    RefreshTokenStatus status) {

  public RefreshToken {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(familyId, "familyId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(status, "status");
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("expiresAt must be after issuedAt");
    }
  }

  /** A fresh token at the head of its family. */
  public static RefreshToken active(
      RefreshTokenHash hash,
      FamilyId familyId,
      UserId userId,
      Instant issuedAt,
      Instant expiresAt) {
    return new RefreshToken(hash, familyId, userId, issuedAt, expiresAt, RefreshTokenStatus.ACTIVE);
  }

  /** Usable for exactly one rotation: active and not yet expired at {@code now}. */
  public boolean usableAt(Instant now) {
    return status == RefreshTokenStatus.ACTIVE && now.isBefore(expiresAt);
  }

  public RefreshToken withStatus(RefreshTokenStatus newStatus) {
    return new RefreshToken(hash, familyId, userId, issuedAt, expiresAt, newStatus);
  }
}
