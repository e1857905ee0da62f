package io.insighta.application.memory;

import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshToken;
import io.insighta.domain.token.RefreshTokenHash;
import io.insighta.domain.token.RefreshTokenStatus;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.RotationOutcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Refresh tokens in memory; one lock makes every rotation atomic. */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {
  private final Map<RefreshTokenHash, RefreshToken> tokens = new HashMap<>();

  @Override
  public synchronized void store(RefreshToken token) {
    if (tokens.putIfAbsent(token.hash(), token) != null) {
      throw new IllegalStateException("refresh-token hash already stored");
    }
  }

  @Override
  public synchronized RotationOutcome rotate(
      RefreshTokenHash presented,
      RefreshTokenHash successorHash,
      Instant now,
      Instant successorExpiresAt) {
    RefreshToken current = tokens.get(presented);
    if (current == null) {
      return RotationOutcome.invalid();
    }
    if (current.status() == RefreshTokenStatus.ROTATED) {
      return RotationOutcome.reused(current.userId(), current.familyId());
    }
    if (!current.usableAt(now)) {
      return RotationOutcome.invalid();
    }
    tokens.put(presented, current.withStatus(RefreshTokenStatus.ROTATED));
    store(
        RefreshToken.active(
            successorHash,
            current.familyId(),
            current.userId(),
            now,
            successorExpiresAt,
            current.sessionEndsAt()));
    return RotationOutcome.rotated(current.userId(), current.familyId());
  }

  @Override
  public synchronized boolean sessionActive(FamilyId familyId, Instant now) {
    return tokens.values().stream()
        .anyMatch(token -> token.familyId().equals(familyId) && token.usableAt(now));
  }

  @Override
  public synchronized void revokeFamily(FamilyId familyId) {
    tokens.replaceAll(
        (hash, token) ->
            token.familyId().equals(familyId)
                ? token.withStatus(RefreshTokenStatus.REVOKED)
                : token);
  }

  @Override
  public synchronized Optional<RefreshToken> find(RefreshTokenHash hash) {
    return Optional.ofNullable(tokens.get(hash));
  }
}
