package io.insighta.adapters.http.client.github;

import io.insighta.adapters.http.client.UrlEncoding;
import io.insighta.domain.user.AuthorizationRequest;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.IdentityProvider;
import io.insighta.domain.user.IdentityProviderException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * GitHub OAuth 2.0 with PKCE (S256): builds the consent URL, exchanges code and verifier for a
 * token with the client secret, and reads the signed-in user from the REST API.
 */
public final class GithubIdentityProvider implements IdentityProvider {
  static final String AUTHORIZE_PATH = "/login/oauth/authorize";
  static final String NOT_CONFIGURED_MESSAGE = "GitHub login is not configured";

  private final GithubSettings settings;
  private final GithubTokenEndpoint tokenEndpoint;
  private final GithubUserApi userApi;

  public GithubIdentityProvider(GithubSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    GithubTransport transport =
        new GithubTransport(settings.connectTimeout(), settings.requestTimeout());
    this.tokenEndpoint = new GithubTokenEndpoint(settings, transport);
    this.userApi = new GithubUserApi(settings, transport);
  }

  @Override
  public URI authorizationUrl(AuthorizationRequest request) {
    requireConfigured();
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("client_id", settings.clientId());
    parameters.put("redirect_uri", request.redirectUri());
    if (!settings.scope().isBlank()) {
      parameters.put("scope", settings.scope());
    }
    parameters.put("state", request.state());
    parameters.put("code_challenge", request.codeChallenge());
    parameters.put("code_challenge_method", "S256");
    return UrlEncoding.withQuery(
        UrlEncoding.resolve(settings.oauthBaseUrl(), AUTHORIZE_PATH),
        UrlEncoding.query(parameters));
  }

  @Override
  public ExternalIdentity exchange(String code, String codeVerifier, String redirectUri) {
    requireConfigured();
    if (isBlank(code) || isBlank(codeVerifier) || isBlank(redirectUri)) {
      throw new IdentityProviderException(
          IdentityProviderException.Kind.REJECTED,
          "Authorization code, verifier and redirect URI are required");
    }
    return userApi.identity(tokenEndpoint.exchange(code, codeVerifier, redirectUri));
  }

  private void requireConfigured() {
    if (!settings.isConfigured()) {
      throw new IdentityProviderException(
          IdentityProviderException.Kind.NOT_CONFIGURED, NOT_CONFIGURED_MESSAGE);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
