package io.insighta.application.pat;

import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.domain.role.Permission;

/** The rule of token management, checked in the core as well as on the route. */
final class TokenManagement {
  static final String FORBIDDEN = "Forbidden";

  private TokenManagement() {}

  /** Tokens are managed from a sign-in session only: a personal token never mints or revokes. */
  static void requireManager(AuthenticatedUser caller) {
    if (!caller.user().active() || !caller.allows(Permission.MANAGE_TOKENS)) {
      throw new AccessDeniedException(FORBIDDEN);
    }
  }
}
