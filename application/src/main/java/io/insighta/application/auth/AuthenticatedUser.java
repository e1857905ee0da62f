package io.insighta.application.auth;

import io.insighta.domain.user.User;
import java.util.Objects;

/** The user behind a valid access token, freshly read, and the login session it belongs to. */
public record AuthenticatedUser(User user, String sessionId) {
  public AuthenticatedUser {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(sessionId, "sessionId");
  }
}
