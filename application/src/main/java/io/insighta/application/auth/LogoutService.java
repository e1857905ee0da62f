package io.insighta.application.auth;

import io.insighta.domain.token.FamilyId;
import io.insighta.domain.token.RefreshToken;
import io.insighta.domain.token.RefreshTokenStore;

/**
 * Revokes the family of the presented refresh token and the family named by the access token's
 * session. Unknown tokens are ignored: logging out twice is not an error.
 */
public final class LogoutService implements LogoutUseCase {
  private final RefreshTokenStore store;

  public LogoutService(RefreshTokenStore store) {
    this.store = store;
  }

  @Override
  public void logout(LogoutRequest request) {
    PresentedRefreshToken.hashOf(request.refreshToken())
        .flatMap(store::find)
        .map(RefreshToken::familyId)
        .ifPresent(store::revokeFamily);
    FamilyId.parse(request.sessionId()).ifPresent(store::revokeFamily);
  }
}
