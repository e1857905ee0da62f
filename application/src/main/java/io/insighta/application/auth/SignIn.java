package io.insighta.application.auth;

import io.insighta.application.TransactionRunner;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.domain.audit.AuditAction;
import io.insighta.domain.audit.AuditActor;
import io.insighta.domain.audit.AuditDetails;
import io.insighta.domain.audit.AuditTarget;
import io.insighta.domain.audit.AuditTargetType;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.IdentityProviderException;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import java.time.Clock;

/**
 * The common end of every sign-in: upsert the user, refuse deactivated ones, open a session and
 * record it, all in one transaction (a refused or failed sign-in leaves nothing behind).
 */
public final class SignIn {
  private final UserRepository users;
  private final AdminBootstrap admins;
  private final SessionIssuer issuer;
  private final TransactionRunner transactions;
  private final AuditTrail audit;
  private final Clock clock;

  public SignIn(
      UserRepository users,
      AdminBootstrap admins,
      SessionIssuer issuer,
      TransactionRunner transactions,
      AuditTrail audit,
      Clock clock) {
    this.users = users;
    this.admins = admins;
    this.issuer = issuer;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  /** Signs in an identity GitHub vouched for; new accounts on the admin lists become admin. */
  public IssuedSession withGithubIdentity(
      ExternalIdentity identity, SignInClient client, RequestOrigin origin) {
    if (!identity.fromGithub()) {
      throw new IdentityProviderException(
          IdentityProviderException.Kind.REJECTED, "GitHub returned an invalid user id");
    }
    return open(identity, admins.grantFor(identity), client, origin);
  }

  /** Signs in a synthetic test-login user (negative GitHub id). */
  IssuedSession withTestIdentity(ExternalIdentity identity, boolean admin, RequestOrigin origin) {
    return open(identity, admin ? AdminGrant.ALWAYS : AdminGrant.NONE, SignInClient.TEST, origin);
  }

  private IssuedSession open(
      ExternalIdentity identity, AdminGrant grant, SignInClient client, RequestOrigin origin) {
    return transactions.inTransaction(
        () -> {
          User user = users.upsertOnLogin(identity, grant, UserId.generate(clock), clock.instant());
          if (!user.active()) {
            throw new AccessDeniedException("Account is deactivated");
          }
          IssuedSession session = issuer.start(user);
          audit.record(
              AuditAction.SESSION_SIGN_IN,
              AuditActor.of(user),
              origin,
              AuditTarget.of(AuditTargetType.SESSION, session.sessionId()),
              AuditDetails.of("client", client.code()));
          return session;
        });
  }
}
