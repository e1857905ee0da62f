package io.insighta.application.user;

import io.insighta.domain.user.User;
import io.insighta.domain.user.UserUpdate;

/** Changes a user's role or active flag; takes effect at that user's next request. */
public interface UpdateUserUseCase {

  /**
   * @throws UserNotFoundException for an unknown or malformed id
   * @throws io.insighta.application.auth.AccessDeniedException when the actor may not manage users,
   *     or tries to demote or deactivate themselves
   */
  User update(User actor, String userId, UserUpdate update);
}
