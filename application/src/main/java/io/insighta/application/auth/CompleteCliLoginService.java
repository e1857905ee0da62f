package io.insighta.application.auth;

import io.insighta.application.audit.RequestOrigin;
import io.insighta.domain.user.IdentityProvider;
import io.insighta.domain.user.Pkce;

/** Every local check runs before GitHub is called; the client secret stays on the server. */
public final class CompleteCliLoginService implements CompleteCliLoginUseCase {
  private final IdentityProvider provider;
  private final SignIn signIn;

  public CompleteCliLoginService(IdentityProvider provider, SignIn signIn) {
    this.provider = provider;
    this.signIn = signIn;
  }

  @Override
  public IssuedSession complete(CliCallback callback, RequestOrigin origin) {
    AuthorizationCode.require(callback.code());
    if (callback.codeVerifier() == null || callback.codeVerifier().isEmpty()) {
      throw new BadAuthRequestException("Missing code_verifier");
    }
    if (!Pkce.isValidVerifier(callback.codeVerifier())) {
      throw new BadAuthRequestException(
          "Invalid code_verifier: expected 43-128 characters of [A-Za-z0-9-._~]");
    }
    LoopbackRedirectUri.require(callback.redirectUri());
    return signIn.withGithubIdentity(
        provider.exchange(callback.code(), callback.codeVerifier(), callback.redirectUri()),
        SignInClient.CLI,
        origin);
  }
}
