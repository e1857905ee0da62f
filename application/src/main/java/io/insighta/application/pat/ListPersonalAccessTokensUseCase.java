package io.insighta.application.pat;

import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.domain.pat.PersonalAccessToken;
import java.util.List;

/** The caller's own personal access tokens that are not revoked, newest first, never secrets. */
public interface ListPersonalAccessTokensUseCase {

  /**
   * @throws io.insighta.application.auth.AccessDeniedException when the caller is not in a sign-in
   *     session
   */
  List<PersonalAccessToken> list(AuthenticatedUser caller);
}
