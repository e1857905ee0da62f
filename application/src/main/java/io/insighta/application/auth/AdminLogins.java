package io.insighta.application.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * GitHub logins made admin when they sign in ({@code INSIGHTA_ADMIN_LOGINS}); case-insensitive like
 * GitHub.
 */
public record AdminLogins(Set<String> logins) {
  public static final AdminLogins NONE = new AdminLogins(Set.of());

  public AdminLogins {
    logins = logins.stream().map(AdminLogins::normalise).collect(Collectors.toUnmodifiableSet());
  }

  /** Parses a comma-separated list; blanks and surrounding spaces are ignored. */
  public static AdminLogins parse(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return NONE;
    }
    return new AdminLogins(
        Arrays.stream(commaSeparated.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet()));
  }

  public boolean contains(String login) {
    return login != null && logins.contains(normalise(login));
  }

  private static String normalise(String login) {
    return login.trim().toLowerCase(Locale.ROOT);
  }
}
