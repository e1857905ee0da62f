package io.insighta.application.pat;

import io.insighta.domain.pat.PersonalAccessToken;
import io.insighta.domain.pat.PersonalAccessTokenSecret;
import java.util.Objects;

/** A token just created, with its secret: the one and only time the secret is known. */
public record IssuedPersonalAccessToken(
    PersonalAccessToken token, PersonalAccessTokenSecret secret) {
  public IssuedPersonalAccessToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(secret, "secret");
  }
}
