package io.insighta.bootstrap.metrics;

import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshToken;
import io.insighta.domain.token.RefreshTokenHash;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.RotationOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts the session events the refresh-token store sees: a new family is a sign-in ({@code
 * insighta.sign_ins}), a rotation a refresh ({@code insighta.session.refreshes}) and a rotated
 * token presented again a reuse detection ({@code insighta.session.reuse_detections}).
 */
public final class MeteredRefreshTokenStore implements RefreshTokenStore {
  public static final String SIGN_INS = "insighta.sign_ins";
  public static final String REFRESHES = "insighta.session.refreshes";
  public static final String REUSE_DETECTIONS = "insighta.session.reuse_detections";

  private final RefreshTokenStore store;
  private final Counter signIns;
  private final Counter refreshes;
  private final Counter reuses;

  public MeteredRefreshTokenStore(RefreshTokenStore store, MeterRegistry registry) {
    this.store = store;
    this.signIns = counter(registry, SIGN_INS, "Sign-ins that opened a session");
    this.refreshes = counter(registry, REFRESHES, "Refresh tokens exchanged for a new pair");
    this.reuses =
        counter(
            registry, REUSE_DETECTIONS, "Rotated refresh tokens presented again (family revoked)");
  }

  @Override
  public void store(RefreshToken token) {
    store.store(token);
    signIns.increment();
  }

  @Override
  public RotationOutcome rotate(
      RefreshTokenHash presented,
      RefreshTokenHash successorHash,
      Instant now,
      Instant successorExpiresAt) {
    RotationOutcome outcome = store.rotate(presented, successorHash, now, successorExpiresAt);
    switch (outcome.result()) {
      case ROTATED -> refreshes.increment();
      case REUSED -> reuses.increment();
      case INVALID -> {
        // Unknown, expired or revoked: the 401 is counted by http.server.requests.
      }
    }
    return outcome;
  }

  @Override
  public boolean sessionActive(FamilyId familyId, Instant now) {
    return store.sessionActive(familyId, now);
  }

  @Override
  public void revokeFamily(FamilyId familyId) {
    store.revokeFamily(familyId);
  }

  @Override
  public Optional<RefreshToken> find(RefreshTokenHash hash) {
    return store.find(hash);
  }

  private static Counter counter(MeterRegistry registry, String name, String description) {
    return Counter.builder(name).description(description).register(registry);
  }
}
