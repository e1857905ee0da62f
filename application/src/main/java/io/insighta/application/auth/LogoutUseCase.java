package io.insighta.application.auth;

import io.insighta.application.audit.Caller;

/** Ends a session server-side by revoking its whole refresh-token family; idempotent. */
public interface LogoutUseCase {

  /**
   * @param caller the user the request's access token authenticated (if any) and its origin; the
   *     session named by {@code request.sessionId()} must be that token's
   */
  void logout(LogoutRequest request, Caller caller);
}
