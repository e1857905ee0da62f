package io.insighta.domain.token;

import java.time.Instant;
import java.util.Optional;

/**
 * Out-port: refresh tokens by hash, rotated one-time and atomically. Implementations must make
 * {@link #rotate} a single atomic step, so that of many concurrent rotations of one token exactly
 * one returns ROTATED.
 */
public interface RefreshTokenStore {

  /** Stores the first token of a new family. */
  void store(RefreshToken token);

  /**
   * Marks the presented token rotated and stores {@code successorHash} as the new active token of
   * the same family and user, expiring at {@code successorExpiresAt} or when the session ends,
   * whichever comes first. A presented token that was already rotated is reported as {@link
   * RotationOutcome.Result#REUSED} and changes nothing: the caller revokes the family with {@link
   * #revokeFamily}, in the transaction that records the detection.
   */
  RotationOutcome rotate(
      RefreshTokenHash presented,
      RefreshTokenHash successorHash,
      Instant now,
      Instant successorExpiresAt);

  /**
   * True while the session can still be refreshed: its family has an active token that has not
   * expired at {@code now} (so not after logout, reuse detection or the end of the session).
   */
  boolean sessionActive(FamilyId familyId, Instant now);

  /** Revokes every token of the family; idempotent. */
  void revokeFamily(FamilyId familyId);

  Optional<RefreshToken> find(RefreshTokenHash hash);
}
