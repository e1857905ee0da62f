package io.insighta.cli.http;

import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import io.insighta.cli.auth.TokenResponse;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/** The token endpoints of {@code /auth}: code exchange, refresh and logout. */
public final class AuthApi {
  private final HttpTransport transport;

  public AuthApi(HttpTransport transport) {
    this.transport = transport;
  }

  /** Exchanges the authorization code and PKCE verifier for a token pair. */
  public TokenResponse exchange(String code, String verifier, String redirectUri) {
    Map<String, String> body =
        Map.of("code", code, "code_verifier", verifier, "redirect_uri", redirectUri);
    HttpResponse<InputStream> response =
        transport.send(ApiRequest.postJson("/auth/cli/callback", body), null);
    return tokens(ApiErrors.bodyOrThrow(response));
  }

  /** A new pair for the refresh token, or empty when the server rejects that token. */
  public Optional<TokenResponse> refresh(String refreshToken) {
    HttpResponse<InputStream> response =
        transport.send(
            ApiRequest.postJson("/auth/refresh", Map.of("refresh_token", refreshToken)), null);
    int status = response.statusCode();
    if (status == 400 || status == 401 || status == 403) {
      ApiErrors.readBody(response);
      return Optional.empty();
    }
    return Optional.of(tokens(ApiErrors.bodyOrThrow(response)));
  }

  /** Revokes the refresh token server-side. */
  public void logout(String accessToken, String refreshToken) {
    HttpResponse<InputStream> response =
        transport.send(
            ApiRequest.postJson("/auth/logout", Map.of("refresh_token", refreshToken)),
            accessToken);
    ApiErrors.bodyOrThrow(response);
  }

  private static TokenResponse tokens(String body) {
    TokenResponse tokens = Json.read(body, TokenResponse.class);
    if (!tokens.complete()) {
      throw new CliException(ExitCodes.API_ERROR, "The server's token answer is incomplete");
    }
    return tokens;
  }
}
