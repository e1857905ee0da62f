package io.insighta.application.auth;

/**
 * What identifies the session to end: a refresh token, the session id of an access token, or both
 * (null = absent).
 */
public record LogoutRequest(String refreshToken, String sessionId) {
  /** Never prints the token. */
  @Override
  public String toString() {
    return "LogoutRequest[sessionId=" + sessionId + "]";
  }
}
