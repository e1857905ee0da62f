package io.insighta.application.auth;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
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
 * deactivation takes effect on the new access token. A reused token's family is revoked and the
 * detection recorded in one transaction, before the 401 is answered.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {
  static final String INVALID = "Invalid or expired token";

  private final RefreshTokenStore store;
  private final UserRepository users;
  private final SessionIssuer issuer;
  private final TransactionRunner transactions;
  private final AuditTrail audit;
  private final Clock clock;

  public RefreshSessionService(
      RefreshTokenStore store,
      UserRepository users,
      SessionIssuer issuer,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.users = users;
    this.issuer = issuer;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public IssuedSession refresh(String refreshToken, RequestOrigin origin) {
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
    if (outcome.result() == RotationOutcome.Result.REUSED) {
      revokeReusedFamily(outcome, origin);
    }
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

  /**
   * The entry names the user the token was issued to as actor; whoever presented it may hold a
   * stolen copy, which is what the recorded client address is for.
   */
  private void revokeReusedFamily(RotationOutcome reuse, RequestOrigin origin) {
    transactions.inTransaction(
        () -> {
          store.revokeFamily(reuse.familyId());
          AuditActor owner =
              users
                  .findById(reuse.userId())
                  .map(AuditActor::of)
                  .orElseGet(() -> new AuditActor(reuse.userId(), null));
          audit.record(
              AuditAction.SESSION_REUSE_DETECTED,
              owner,
              origin,
              AuditTarget.of(AuditTargetType.SESSION, reuse.familyId()),
              AuditDetails.EMPTY);
          return null;
        });
  }
}
