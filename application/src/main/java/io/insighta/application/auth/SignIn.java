package io.insighta.application.auth;

import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.IdentityProviderException;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import java.time.Clock;

/** The common end of every sign-in: upsert the user, refuse deactivated ones, open a session. */
public final class SignIn {
  private final UserRepository users;
  private final AdminLogins admins;
  private final SessionIssuer issuer;
  private final Clock clock;

  public SignIn(UserRepository users, AdminLogins admins, SessionIssuer issuer, Clock clock) {
    this.users = users;
    this.admins = admins;
    this.issuer = issuer;
    this.clock = clock;
  }

  /** Signs in an identity GitHub vouched for; logins on the admin list become admin. */
  public IssuedSession withGithubIdentity(ExternalIdentity identity) {
    if (!identity.fromGithub()) {
      throw new IdentityProviderException(
          IdentityProviderException.Kind.REJECTED, "GitHub returned an invalid user id");
    }
    return open(identity, admins.contains(identity.login()));
  }

  /** Signs in a synthetic test-login user (negative GitHub id). */
  IssuedSession withTestIdentity(ExternalIdentity identity, boolean admin) {
    return open(identity, admin);
  }

  private IssuedSession open(ExternalIdentity identity, boolean grantAdmin) {
    User user = users.upsertOnLogin(identity, grantAdmin, UserId.generate(clock), clock.instant());
    if (!user.active()) {
      throw new AccessDeniedException("Account is deactivated");
    }
    return issuer.start(user);
  }
}
