package io.insighta.application.auth;

import io.insighta.application.audit.RequestOrigin;

/**
 * Finishes a CLI sign-in: checks the verifier and redirect URI, exchanges the code, opens a
 * session.
 */
public interface CompleteCliLoginUseCase {

  /**
   * @throws BadAuthRequestException for a missing or malformed code, verifier or redirect URI;
   *     GitHub is not called then
   * @throws io.insighta.domain.user.IdentityProviderException when GitHub refuses or fails
   * @throws AccessDeniedException for a deactivated user
   */
  IssuedSession complete(CliCallback callback, RequestOrigin origin);
}
