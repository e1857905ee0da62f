package io.insighta.application.auth;

import io.insighta.domain.token.RefreshTokenHash;
import io.insighta.domain.token.RefreshTokenSecret;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.token.RotationOutcome;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * Rotates through the store's atomic {@code rotate}, then re-reads the user so that a new role or a
 * deactivation takes effect on the new access token.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {
  static final String INVALID = "Invalid or expired token";

  private final RefreshTokenStore store;
  private final UserRepository users;
  private final SessionIssuer issuer;
  private final Clock clock;

  public RefreshSessionService(
      RefreshTokenStore store, UserRepository users, SessionIssuer issuer, Clock clock) {
    this.store = store;
    this.users = users;
    this.issuer = issuer;
    this.clock = clock;
  }

  @Override
  public IssuedSession refresh(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new AuthenticationFailedException("Authentication required");
    }
    RefreshTokenHash presented =
        PresentedRefreshToken.hashOf(refreshToken)
            .orElseThrow(() -> new AuthenticationFailedException(INVALID));
    Instant now = clock.instant();
    RefreshTokenSecret successor = issuer.newSecret();
    RotationOutcome outcome =
        store.rotate(presented, successor.hash(), now, issuer.refreshExpiry(now));
    if (outcome.result() != RotationOutcome.Result.ROTATED) {
      throw new AuthenticationFailedException(INVALID);
    }
    User user = users.findById(outcome.userId()).orElse(null);
    if (user == null || !user.active()) {
      store.revokeFamily(outcome.familyId());
      if (user == null) {
        throw new AuthenticationFailedException(INVALID);
      }
      throw new AccessDeniedException("Account is deactivated");
    }
    return issuer.session(user, outcome.familyId(), successor, now);
  }
}
