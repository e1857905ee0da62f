package io.insighta.application.auth;

import io.insighta.application.audit.RequestOrigin;

/** Finishes a browser sign-in: consumes the one-time state, exchanges the code, opens a session. */
public interface CompleteWebLoginUseCase {

  /**
   * @throws BadAuthRequestException for a missing, unknown, expired or already used state
   * @throws io.insighta.domain.user.IdentityProviderException when GitHub refuses or fails
   * @throws AccessDeniedException for a deactivated user
   */
  IssuedSession complete(String state, String code, RequestOrigin origin);
}
