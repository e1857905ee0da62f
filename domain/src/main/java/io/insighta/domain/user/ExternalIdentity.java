package io.insighta.domain.user;

/**
 * Who the identity provider says signed in: GitHub's numeric id, login, email (may be null) and
 * avatar. GitHub ids are positive; negative ids are reserved for the synthetic test-login users, so
 * the two can never collide.
 */
public record ExternalIdentity(long githubId, String login, String email, String avatarUrl) {
  public ExternalIdentity {
    if (githubId == 0) {
      throw new IllegalArgumentException("githubId must not be zero");
    }
    if (login == null || login.isBlank()) {
      throw new IllegalArgumentException("login must not be blank");
    }
  }

  /** True for an identity GitHub vouched for; false for a synthetic test-login user. */
  public boolean fromGithub() {
    return githubId > 0;
  }
}
