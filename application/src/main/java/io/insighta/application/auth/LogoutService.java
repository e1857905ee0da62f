package io.insighta.application.auth;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Revokes the family of the presented refresh token and the family named by the access token's
 * session, recording each session it ends in the same transaction. Unknown tokens are ignored and
 * an already ended session is not recorded again: logging out twice is not an error.
 */
public final class LogoutService implements LogoutUseCase {
  private final RefreshTokenStore store;
  private final UserRepository users;
  private final TransactionRunner transactions;
  private final AuditTrail audit;
  private final Clock clock;

  public LogoutService(
      RefreshTokenStore store,
      UserRepository users,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.users = users;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void logout(LogoutRequest request, Caller caller) {
    // Each session with its owner: the refresh token names its user, the access token's session
    // belongs to the caller it authenticated.
    Map<FamilyId, UserId> sessions = new LinkedHashMap<>();
    PresentedRefreshToken.hashOf(request.refreshToken())
        .flatMap(store::find)
        .ifPresent(token -> sessions.put(token.familyId(), token.userId()));
    FamilyId.parse(request.sessionId())
        .ifPresent(
            family -> sessions.putIfAbsent(family, caller.signedIn().map(User::id).orElse(null)));
    if (sessions.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    transactions.inTransaction(
        () -> {
          sessions.forEach((family, owner) -> end(family, owner, caller, now));
          return null;
        });
  }

  private void end(FamilyId family, UserId owner, Caller caller, Instant now) {
    boolean live = store.sessionActive(family, now);
    store.revokeFamily(family);
    if (live) {
      audit.record(
          AuditAction.SESSION_SIGN_OUT,
          actor(owner, caller),
          caller.origin(),
          AuditTarget.of(AuditTargetType.SESSION, family),
          AuditDetails.EMPTY);
    }
  }

  private AuditActor actor(UserId owner, Caller caller) {
    if (owner == null || caller.signedIn().filter(u -> u.id().equals(owner)).isPresent()) {
      return caller.actor();
    }
    return users.findById(owner).map(AuditActor::of).orElseGet(() -> new AuditActor(owner, null));
  }
}
