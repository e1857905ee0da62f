package io.insighta.application.user;

import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserRepository;

/** Pages through the user repository after checking the actor's permission. */
public final class ListUsersService implements ListUsersUseCase {
  private final UserRepository users;

  public ListUsersService(UserRepository users) {
    this.users = users;
  }

  @Override
  public Page<User> list(User actor, PageRequest request) {
    UserAdministration.requireManager(actor);
    return users.list(request);
  }
}
