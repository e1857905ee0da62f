package io.insighta.application.auth;

import io.insighta.domain.pat.ScopePolicy;
import io.insighta.domain.pat.TokenScope;
import io.insighta.domain.role.Permission;
import io.insighta.domain.role.RolePolicy;
import io.insighta.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * The user behind a valid credential, freshly read: either a sign-in session's access token (with
 * the session id) or a personal access token (with its scope, and no session).
 */
public record AuthenticatedUser(User user, String sessionId, TokenScope personalTokenScope) {
  public AuthenticatedUser {
    Objects.requireNonNull(user, "user");
    if ((sessionId == null) == (personalTokenScope == null)) {
      throw new IllegalArgumentException("either a session or a personal token scope, not both");
    }
  }

  /** Signed in through a session. */
  public AuthenticatedUser(User user, String sessionId) {
    this(user, Objects.requireNonNull(sessionId, "sessionId"), null);
  }

  /** Calling with a personal access token of that scope. */
  public static AuthenticatedUser withPersonalToken(User user, TokenScope scope) {
    return new AuthenticatedUser(user, null, Objects.requireNonNull(scope, "scope"));
  }

  /** The scope when the caller presented a personal access token; empty for a session. */
  public Optional<TokenScope> personalToken() {
    return Optional.ofNullable(personalTokenScope);
  }

  /** What the request may do: the stored role decides, capped by a personal token's scope. */
  public boolean allows(Permission permission) {
    return personalTokenScope == null
        ? RolePolicy.allows(user.role(), permission)
        : ScopePolicy.allows(user.role(), personalTokenScope, permission);
  }
}
