package io.insighta.application.pat;

import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.auth.AuthenticatedUser;

/** Creates a personal access token for the signed-in caller and hands out its secret once. */
public interface CreatePersonalAccessTokenUseCase {

  /**
   * @throws io.insighta.application.auth.AccessDeniedException when the caller is not in a sign-in
   *     session, or asks for a scope their role does not fully allow (write for an analyst)
   */
  IssuedPersonalAccessToken create(
      AuthenticatedUser caller, RequestOrigin origin, NewPersonalAccessToken request);
}
