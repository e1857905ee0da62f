package io.insighta.domain.token;

import io.insighta.domain.user.UserId;
import java.util.Objects;

/**
 * What presenting a refresh token did: it was exchanged for the successor ({@link Result#ROTATED}),
 * it had already been exchanged, a sign of theft its family must be revoked for ({@link
 * Result#REUSED}), or it was unknown, expired or revoked ({@link Result#INVALID}). User and family
 * are set unless INVALID.
 */
public record RotationOutcome(Result result, UserId userId, FamilyId familyId) {

  /** The three possible results of one rotation attempt. */
  public enum Result {
    ROTATED,
    REUSED,
    INVALID
  }

  public RotationOutcome {
    Objects.requireNonNull(result, "result");
    if (result != Result.INVALID) {
      Objects.requireNonNull(userId, "userId");
      Objects.requireNonNull(familyId, "familyId");
    }
  }

  public static RotationOutcome rotated(UserId userId, FamilyId familyId) {
    return new RotationOutcome(Result.ROTATED, userId, familyId);
  }

  public static RotationOutcome reused(UserId userId, FamilyId familyId) {
    return new RotationOutcome(Result.REUSED, userId, familyId);
  }

  public static RotationOutcome invalid() {
    return new RotationOutcome(Result.INVALID, null, null);
  }
}
