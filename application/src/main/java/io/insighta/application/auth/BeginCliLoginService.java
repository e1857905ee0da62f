package io.insighta.application.auth;

import io.insighta.domain.user.AuthorizationRequest;
import io.insighta.domain.user.IdentityProvider;
import io.insighta.domain.user.Pkce;
import java.net.URI;

/**
 * Validates the CLI's state, challenge and redirect URI; nothing is stored, because the CLI keeps
 * the verifier and checks the state itself on its loopback listener.
 */
public final class BeginCliLoginService implements BeginCliLoginUseCase {
  private final IdentityProvider provider;

  public BeginCliLoginService(IdentityProvider provider) {
    this.provider = provider;
  }

  @Override
  public URI begin(CliLoginRequest request) {
    if (!Pkce.isValidState(request.state())) {
      throw new BadAuthRequestException(
          "Invalid state: expected 16-128 characters of [A-Za-z0-9-._~]");
    }
    if (request.codeChallengeMethod() != null && !"S256".equals(request.codeChallengeMethod())) {
      throw new BadAuthRequestException("Unsupported code_challenge_method: only S256 is accepted");
    }
    if (!Pkce.isValidChallenge(request.codeChallenge())) {
      throw new BadAuthRequestException(
          "Invalid code_challenge: expected a 43-character base64url S256 challenge");
    }
    LoopbackRedirectUri.require(request.redirectUri());
    return provider.authorizationUrl(
        new AuthorizationRequest(request.state(), request.codeChallenge(), request.redirectUri()));
  }
}
