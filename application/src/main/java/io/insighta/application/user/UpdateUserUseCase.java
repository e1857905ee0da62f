package io.insighta.application.user;

import io.insighta.application.audit.Caller;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserUpdate;

/**
 * Changes a user's role or active flag; takes effect at that user's next request. A change that
 * changes something is recorded in the audit trail.
 */
public interface UpdateUserUseCase {

  /**
   * @throws UserNotFoundException for an unknown or malformed id
   * @throws io.insighta.application.auth.AccessDeniedException when the caller may not manage
   *     users, or tries to demote or deactivate themselves
   */
  User update(Caller caller, String userId, UserUpdate update);
}
