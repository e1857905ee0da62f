package io.insighta.domain.user;

import io.insighta.domain.role.Role;
import java.util.Optional;

/**
 * An administrator's change to a user: a new role, a new active flag, or both (null = unchanged).
 */
public record UserUpdate(Role role, Boolean active) {
  public UserUpdate {
    if (role == null && active == null) {
      throw new IllegalArgumentException("a user update changes the role, the active flag or both");
    }
  }

  public Optional<Role> newRole() {
    return Optional.ofNullable(role);
  }

  public Optional<Boolean> newActive() {
    return Optional.ofNullable(active);
  }

  public User applyTo(User user) {
    return new User(
        user.id(),
        user.githubId(),
        user.username(),
        user.email(),
        user.avatarUrl(),
        role == null ? user.role() : role,
        active == null ? user.active() : active,
        user.lastLoginAt(),
        user.createdAt());
  }
}
