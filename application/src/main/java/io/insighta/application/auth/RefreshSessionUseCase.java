package io.insighta.application.auth;

import io.insighta.application.audit.RequestOrigin;

/** Exchanges a refresh token for a new pair; the presented token dies at once. */
public interface RefreshSessionUseCase {

  /**
   * @throws AuthenticationFailedException for a missing, unknown, expired, revoked or reused token
   *     (reuse also revokes the whole family and is recorded in the audit trail)
   * @throws AccessDeniedException for a deactivated user (the family is revoked too)
   */
  IssuedSession refresh(String refreshToken, RequestOrigin origin);
}
