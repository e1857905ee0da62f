package io.insighta.application.user;

import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.user.User;

/** Lists the platform's users, oldest first, for administrators. */
public interface ListUsersUseCase {

  /**
   * @throws io.insighta.application.auth.AccessDeniedException when the actor may not manage users
   */
  Page<User> list(User actor, PageRequest request);
}
