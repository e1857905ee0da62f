package io.insighta.application.auth;

/**
 * Resolves a personal access token to its owner, looking the token up on every call and re-reading
 * the owner's role and active flag, so revocation, expiry, demotion and deactivation act at once.
 */
public interface AuthenticatePersonalAccessTokenUseCase {

  /**
   * @throws AuthenticationFailedException for a malformed, unknown, revoked or expired token
   * @throws AccessDeniedException when the owner is deactivated
   */
  AuthenticatedUser authenticate(String presentedToken);
}
