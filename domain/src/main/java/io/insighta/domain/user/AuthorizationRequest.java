package io.insighta.domain.user;

import java.util.Objects;

/** The parameters of one redirect to the identity provider's consent page (PKCE S256). */
public record AuthorizationRequest(String state, String codeChallenge, String redirectUri) {
  public AuthorizationRequest {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(codeChallenge, "codeChallenge");
    Objects.requireNonNull(redirectUri, "redirectUri");
  }
}
