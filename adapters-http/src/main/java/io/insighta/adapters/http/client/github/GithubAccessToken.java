package io.insighta.adapters.http.client.github;

import java.util.Objects;

/** A GitHub OAuth access token; its {@code toString} is redacted so it cannot leak into a log. */
record GithubAccessToken(String value) {
  GithubAccessToken {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "GithubAccessToken[<redacted>]";
  }
}
