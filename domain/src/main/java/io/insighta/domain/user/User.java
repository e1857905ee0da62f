package io.insighta.domain.user;

import io.insighta.domain.role.Role;
import java.time.Instant;
import java.util.Objects;

/** A person signed in through GitHub, keyed on GitHub's numeric id; email may be null. */
public record User(
    UserId id,
    long githubId,
    String username,
    String email,
    String avatarUrl,
    Role role,
    boolean active,
    Instant lastLoginAt,
    Instant createdAt) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
