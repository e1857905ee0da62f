package io.insighta.application.auth;

/** Ends a session server-side by revoking its whole refresh-token family; idempotent. */
public interface LogoutUseCase {

  void logout(LogoutRequest request);
}
