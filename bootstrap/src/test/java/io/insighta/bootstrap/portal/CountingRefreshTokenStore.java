package io.insighta.bootstrap.portal;

import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshToken;
import io.insighta.domain.token.RefreshTokenHash;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.RotationOutcome;
import java.time.Instant;
import java.util.Optional;

/**
 * The real refresh-token store, reporting the outcome of every rotation to {@link
 * RefreshRotations}.
 */
final class CountingRefreshTokenStore implements RefreshTokenStore {
  private final RefreshTokenStore delegate;
  private final RefreshRotations rotations;

  CountingRefreshTokenStore(RefreshTokenStore delegate, RefreshRotations rotations) {
    this.delegate = delegate;
    this.rotations = rotations;
  }

  @Override
  public void store(RefreshToken token) {
    delegate.store(token);
  }

  @Override
  public RotationOutcome rotate(
      RefreshTokenHash presented,
      RefreshTokenHash successorHash,
      Instant now,
      Instant successorExpiresAt) {
    RotationOutcome outcome = delegate.rotate(presented, successorHash, now, successorExpiresAt);
    rotations.record(outcome.result());
    return outcome;
  }

  @Override
  public boolean sessionActive(FamilyId familyId, Instant now) {
    return delegate.sessionActive(familyId, now);
  }

  @Override
  public void revokeFamily(FamilyId familyId) {
    delegate.revokeFamily(familyId);
  }

  @Override
  public Optional<RefreshToken> find(RefreshTokenHash hash) {
    return delegate.find(hash);
  }
}
