package io.insighta.application.pat;

import io.insighta.domain.pat.TokenLifetime;
import io.insighta.domain.pat.TokenName;
import io.insighta.domain.pat.TokenScope;
import java.util.Objects;

/** What the caller asks for: a token with this name, scope and lifetime. */
public record NewPersonalAccessToken(TokenName name, TokenScope scope, TokenLifetime lifetime) {
  public NewPersonalAccessToken {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(lifetime, "lifetime");
  }
}
