package io.insighta.application.user;

import io.insighta.application.auth.AccessDeniedException;
import io.insighta.domain.role.Permission;
import io.insighta.domain.role.Role;
import io.insighta.domain.role.RolePolicy;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserUpdate;

/** The rules of user administration, checked in the core as well as on the route. */
final class UserAdministration {
  private UserAdministration() {}

  static void requireManager(User actor) {
    if (!actor.active() || !RolePolicy.allows(actor.role(), Permission.MANAGE_USERS)) {
      throw new AccessDeniedException("Forbidden");
    }
  }

  /**
   * An admin may not demote or deactivate themselves: it would lock the last admin out with no way
   * back but the database, and it is almost always a slip of the hand.
   */
  static void refuseSelfLockout(User actor, User target, UserUpdate update) {
    if (!actor.id().equals(target.id())) {
      return;
    }
    if (update.newActive().filter(active -> !active).isPresent()) {
      throw new AccessDeniedException("Admins cannot deactivate themselves");
    }
    if (update.newRole().filter(role -> role != Role.ADMIN).isPresent()) {
      throw new AccessDeniedException("Admins cannot demote themselves");
    }
  }
}
