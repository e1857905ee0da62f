package io.insighta.domain.user;

import java.net.URI;

/** Out-port: the OAuth 2.0 identity provider (GitHub) — consent redirect and code exchange. */
public interface IdentityProvider {

  /** The provider's authorize URL carrying client id, redirect URI, state and S256 challenge. */
  URI authorizationUrl(AuthorizationRequest request);

  /**
   * Exchanges the code and PKCE verifier for the signed-in identity.
   *
   * @throws IdentityProviderException when the provider refuses, fails or is not configured
   */
  ExternalIdentity exchange(String code, String codeVerifier, String redirectUri);
}
