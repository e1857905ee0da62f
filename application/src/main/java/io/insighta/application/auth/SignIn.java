package io.insighta.application.auth;

import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.IdentityProviderException;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import java.time.Clock;

/** The common end of every sign-in: upsert the user, refuse deactivated ones, open a session. */
public final class SignIn {
  private final UserRepository users;
  private final AdminBootstrap admins;
  private final SessionIssuer issuer;
  private final Clock clock;

  public SignIn(UserRepository users, AdminBootstrap admins, SessionIssuer issuer, Clock clock) {
    this.users = users;
    this.admins = admins;
    this.issuer = issuer;
    this.clock = clock;
  }

  /** Signs in an identity GitHub vouched for; new accounts on the admin lists become admin. */
  public IssuedSession withGithubIdentity(ExternalIdentity identity) {
    if (!identity.fromGithub()) {
      throw new IdentityProviderException(
          IdentityProviderException.Kind.REJECTED, "GitHub returned an invalid user id");
    }
    return open(identity, admins.grantFor(identity));
  }

  /** Signs in a synthetic test-login user (negative GitHub id). */
  IssuedSession withTestIdentity(ExternalIdentity identity, boolean admin) {
    return open(identity, admin ? AdminGrant.ALWAYS : AdminGrant.NONE);
  }

  private IssuedSession open(ExternalIdentity identity, AdminGrant grant) {
    User user = users.upsertOnLogin(identity, grant, UserId.generate(clock), clock.instant());
    if (!user.active()) {
      throw new AccessDeniedException("Account is deactivated");
    }
    return issuer.start(user);
  }
}
