package io.insighta.cli.auth;

/** The answer of {@code GET /auth/me}, which carries the user twice for older clients. */
public record MeEnvelope(UserInfo data, UserInfo user) {
  public UserInfo current() {
    return data != null ? data : user;
  }
}
