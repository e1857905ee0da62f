package io.insighta.application.auth;

import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who becomes admin when their account is created: GitHub numeric ids ({@code
 * INSIGHTA_ADMIN_GITHUB_IDS}, the safe form) and logins ({@code INSIGHTA_ADMIN_LOGINS},
 * case-insensitive like GitHub, honoured only for the first account ever seen with the login).
 */
public record AdminBootstrap(Set<Long> githubIds, Set<String> logins) {
  public static final AdminBootstrap NONE = new AdminBootstrap(Set.of(), Set.of());

  public AdminBootstrap {
    githubIds = Set.copyOf(githubIds);
    logins = logins.stream().map(AdminBootstrap::normalise).collect(Collectors.toUnmodifiableSet());
  }

  /** Only logins, from a comma-separated list; blanks and surrounding spaces are ignored. */
  public static AdminBootstrap logins(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return NONE;
    }
    return new AdminBootstrap(
        Set.of(),
        Arrays.stream(commaSeparated.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet()));
  }

  /** What a sign-in of {@code identity} may grant its account. */
  public AdminGrant grantFor(ExternalIdentity identity) {
    if (githubIds.contains(identity.githubId())) {
      return AdminGrant.ON_CREATION;
    }
    if (identity.login() != null && logins.contains(normalise(identity.login()))) {
      return AdminGrant.ON_CREATION_IF_FIRST_WITH_LOGIN;
    }
    return AdminGrant.NONE;
  }

  private static String normalise(String login) {
    return login.trim().toLowerCase(Locale.ROOT);
  }
}
