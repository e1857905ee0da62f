package io.insighta.application.auth;

import io.insighta.domain.user.User;
import java.time.Duration;
import java.util.Objects;

/**
 * A signed-in session handed to the client: the user, a new access token and a new one-time refresh
 * token, their lifetimes, and the session id (refresh-token family) that CSRF tokens bind to.
 */
public record IssuedSession(
    User user,
    String accessToken,
    String refreshToken,
    String sessionId,
    Duration accessTtl,
    Duration refreshTtl) {

  public IssuedSession {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(refreshToken, "refreshToken");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(accessTtl, "accessTtl");
    Objects.requireNonNull(refreshTtl, "refreshTtl");
  }

  /** Never prints the tokens. */
  @Override
  public String toString() {
    return "IssuedSession[user=" + user.id() + ", sessionId=" + sessionId + "]";
  }
}
