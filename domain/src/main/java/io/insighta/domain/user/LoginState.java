package io.insighta.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A browser sign-in in progress: its one-time state, the PKCE verifier and where GitHub returns.
 */
public record LoginState(String state, String codeVerifier, String redirectUri, Instant expiresAt) {
  public LoginState {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(codeVerifier, "codeVerifier");
    Objects.requireNonNull(redirectUri, "redirectUri");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (!Pkce.isValidVerifier(codeVerifier)) {
      throw new IllegalArgumentException("codeVerifier is not an RFC 7636 verifier");
    }
  }
}
