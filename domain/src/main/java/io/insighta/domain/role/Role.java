package io.insighta.domain.role;

import java.util.Locale;
import java.util.Optional;

/** What a user may do: analysts read, admins also write and manage users. */
public enum Role {
  ANALYST,
  ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> parse(String text) {
    for (Role role : values()) {
      if (role.code().equalsIgnoreCase(text)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
