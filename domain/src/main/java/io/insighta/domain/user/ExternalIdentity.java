package io.insighta.domain.user;

/** Who the identity provider says signed in: GitHub's numeric id, login, email (may be null) and avatar. */
public record ExternalIdentity(long githubId, String login, String email, String avatarUrl) {
  public ExternalIdentity {
    if (githubId <= 0) {
      throw new IllegalArgumentException("githubId must be positive");
    }
    if (login == null || login.isBlank()) {
      throw new IllegalArgumentException("login must not be blank");
    }
  }
}
