package io.insighta.application.auth;

/** Resolves an access token to its user, re-reading role and active flag on every call. */
public interface AuthenticateUseCase {

  /**
   * @throws AuthenticationFailedException for a bad, expired or unknown token
   * @throws AccessDeniedException for a deactivated user
   */
  AuthenticatedUser authenticate(String accessToken);
}
