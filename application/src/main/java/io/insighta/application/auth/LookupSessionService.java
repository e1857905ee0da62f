package io.insighta.application.auth;

import io.insighta.domain.token.RefreshTokenStore;
import java.util.Optional;

/** Reads the family id of a stored refresh token, whatever its status. */
public final class LookupSessionService implements LookupSessionUseCase {
  private final RefreshTokenStore store;

  public LookupSessionService(RefreshTokenStore store) {
    this.store = store;
  }

  @Override
  public Optional<String> sessionOf(String refreshToken) {
    return PresentedRefreshToken.hashOf(refreshToken)
        .flatMap(store::find)
        .map(token -> token.familyId().toString());
  }
}
