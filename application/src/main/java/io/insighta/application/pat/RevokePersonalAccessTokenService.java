package io.insighta.application.pat;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import java.time.Clock;
import java.time.Instant;

/**
 * Finds the token, checks the caller may revoke it, and revokes it with its {@code token.revoke}
 * audit entry, all in one transaction; a token the caller may not see is "not found".
 */
public final class RevokePersonalAccessTokenService implements RevokePersonalAccessTokenUseCase {
  private final PersonalAccessTokenStore store;
  private final TransactionRunner transactions;
  private final AuditTrail audit;
  private final Clock clock;

  public RevokePersonalAccessTokenService(
      PersonalAccessTokenStore store,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public PersonalAccessToken revoke(
      AuthenticatedUser caller, RequestOrigin origin, String tokenId) {
    TokenManagement.requireManager(caller);
    PersonalAccessTokenId id =
        PersonalAccessTokenId.parse(tokenId).orElseThrow(PersonalAccessTokenNotFoundException::new);
    Instant now = clock.instant();
    return transactions.inTransaction(
        () -> {
          PersonalAccessToken token =
              store
                  .findById(id)
                  .filter(found -> !found.revoked() && found.revocableBy(caller.user()))
                  .orElseThrow(PersonalAccessTokenNotFoundException::new);
          if (!store.revoke(id, now)) {
            throw new PersonalAccessTokenNotFoundException();
          }
          audit.record(
              AuditAction.TOKEN_REVOKE,
              new Caller(caller.user(), origin),
              AuditTarget.of(AuditTargetType.TOKEN, token.id()),
              TokenAudit.details(token));
          return token;
        });
  }
}
