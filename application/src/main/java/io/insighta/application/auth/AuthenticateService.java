package io.insighta.application.auth;

import io.insighta.domain.token.AccessClaims;
import io.insighta.domain.token.AccessTokenCodec;
import io.insighta.domain.token.InvalidTokenException;
import io.insighta.domain.user.User;

/**
 * Verifies the access token, then finds the user as stored now: the role and active flag in force
 * are the stored ones, not the ones in the token, so a demotion or deactivation takes effect at the
 * next request.
 */
public final class AuthenticateService implements AuthenticateUseCase {
  private final AccessTokenCodec codec;
  private final RecentUsers users;

  public AuthenticateService(AccessTokenCodec codec, RecentUsers users) {
    this.codec = codec;
    this.users = users;
  }

  @Override
  public AuthenticatedUser authenticate(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      throw new AuthenticationFailedException("Authentication required");
    }
    AccessClaims claims;
    try {
      claims = codec.verify(accessToken);
    } catch (InvalidTokenException e) {
      throw new AuthenticationFailedException(RefreshSessionService.INVALID, e);
    }
    User user =
        users
            .current(claims)
            .orElseThrow(() -> new AuthenticationFailedException(RefreshSessionService.INVALID));
    if (!user.active()) {
      throw new AccessDeniedException("Account is deactivated");
    }
    return new AuthenticatedUser(user, claims.sessionId().toString());
  }
}
