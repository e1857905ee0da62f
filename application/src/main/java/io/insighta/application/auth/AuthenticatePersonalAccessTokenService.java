package io.insighta.application.auth;

import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenSecret;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/**
 * Finds the token by the hash of the presented secret (one indexed lookup), checks it is neither
 * revoked nor expired, reads the owner as stored now, and writes down the use at most once a
 * minute, deciding from the row it already read.
 */
public final class AuthenticatePersonalAccessTokenService
    implements AuthenticatePersonalAccessTokenUseCase {
  private final PersonalAccessTokenStore tokens;
  private final RecentUsers users;
  private final Clock clock;

  public AuthenticatePersonalAccessTokenService(
      PersonalAccessTokenStore tokens, RecentUsers users, Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public AuthenticatedUser authenticate(String presentedToken) {
    Instant now = clock.instant();
    PersonalAccessToken token =
        PersonalAccessTokenSecret.hashOf(presentedToken)
            .flatMap(tokens::findByHash)
            .filter(found -> found.usableAt(now))
            .orElseThrow(() -> new AuthenticationFailedException(RefreshSessionService.INVALID));
    User owner =
        users
            .owner(token)
            .orElseThrow(() -> new AuthenticationFailedException(RefreshSessionService.INVALID));
    if (!owner.active()) {
      throw new AccessDeniedException("Account is deactivated");
    }
    if (token.lastUseStaleAt(now)) {
      tokens.recordUse(token.id(), now);
    }
    return AuthenticatedUser.withPersonalToken(owner, token.scope());
  }
}
