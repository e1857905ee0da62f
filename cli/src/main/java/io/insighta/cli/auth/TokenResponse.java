package io.insighta.cli.auth;

/** The token body answered by {@code /auth/cli/callback} and {@code /auth/refresh}. */
public record TokenResponse(
    String accessToken, String refreshToken, String tokenType, Long expiresIn, UserInfo user) {

  public boolean complete() {
    return accessToken != null && refreshToken != null && user != null;
  }
}
