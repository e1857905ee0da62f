package io.insighta.application.pat;

import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.domain.pat.PersonalAccessToken;

/** Revokes a personal access token at once: its owner may, and so may an admin. */
public interface RevokePersonalAccessTokenUseCase {

  /**
   * The token as it was before this revocation.
   *
   * @throws PersonalAccessTokenNotFoundException for an unknown, malformed or already revoked id,
   *     or another user's token when the caller is no admin
   * @throws io.insighta.application.auth.AccessDeniedException when the caller is not in a sign-in
   *     session
   */
  PersonalAccessToken revoke(AuthenticatedUser caller, RequestOrigin origin, String tokenId);
}
