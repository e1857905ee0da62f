package io.insighta.application.pat;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenId;
import io.insighta.domain.pat.PersonalAccessTokenSecret;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.pat.ScopePolicy;
import io.insighta.domain.user.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

/**
 * Checks the caller may have the scope, mints a secret and stores only its hash together with its
 * {@code token.create} audit entry, in one transaction.
 */
public final class CreatePersonalAccessTokenService implements CreatePersonalAccessTokenUseCase {
  static final String WRITE_NEEDS_ADMIN = "The write scope requires the admin role";

  private final PersonalAccessTokenStore store;
  private final TransactionRunner transactions;
  private final AuditTrail audit;
  private final Clock clock;
  private final SecureRandom random;

  public CreatePersonalAccessTokenService(
      PersonalAccessTokenStore store,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock,
      SecureRandom random) {
    this.store = store;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public IssuedPersonalAccessToken create(
      AuthenticatedUser caller, RequestOrigin origin, NewPersonalAccessToken request) {
    TokenManagement.requireManager(caller);
    User owner = caller.user();
    if (!ScopePolicy.issuableTo(owner.role(), request.scope())) {
      throw new AccessDeniedException(WRITE_NEEDS_ADMIN);
    }
    Instant now = clock.instant();
    PersonalAccessTokenSecret secret = PersonalAccessTokenSecret.generate(random);
    PersonalAccessToken token =
        PersonalAccessToken.issue(
            PersonalAccessTokenId.generate(clock),
            owner.id(),
            request.name(),
            request.scope(),
            secret.hash(),
            now,
            request.lifetime());
    transactions.inTransaction(
        () -> {
          store.insert(token);
          audit.record(
              AuditAction.TOKEN_CREATE,
              new Caller(owner, origin),
              AuditTarget.of(AuditTargetType.TOKEN, token.id()),
              TokenAudit.details(token));
          return token;
        });
    return new IssuedPersonalAccessToken(token, secret);
  }
}
