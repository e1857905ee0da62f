package io.insighta.application.user;

import io.insighta.domain.user.User;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserRepository;
import io.insighta.domain.user.UserUpdate;

/** Checks permission and the self-lockout rule, then applies the change in the repository. */
public final class UpdateUserService implements UpdateUserUseCase {
  private final UserRepository users;

  public UpdateUserService(UserRepository users) {
    this.users = users;
  }

  @Override
  public User update(User actor, String userId, UserUpdate update) {
    UserAdministration.requireManager(actor);
    UserId id = UserId.parse(userId).orElseThrow(UserNotFoundException::new);
    User target = users.findById(id).orElseThrow(UserNotFoundException::new);
    UserAdministration.refuseSelfLockout(actor, target, update);
    return users.update(id, update).orElseThrow(UserNotFoundException::new);
  }
}
