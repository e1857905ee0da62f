package io.insighta.adapters.http.client.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.HttpCalls;
import io.insighta.adapters.http.client.InvalidReplyException;
import io.insighta.adapters.http.client.JsonReplies;
import io.insighta.adapters.http.client.UrlEncoding;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trades an authorization code and its PKCE verifier for an access token at GitHub's token
 * endpoint.
 */
final class GithubTokenEndpoint {
  static final String PATH = "/login/oauth/access_token";
  static final String REJECTED_MESSAGE = "GitHub rejected the authorization code";
  private static final String OPERATION = "token exchange";

  private final GithubSettings settings;
  private final GithubTransport transport;
  private final URI endpoint;

  GithubTokenEndpoint(GithubSettings settings, GithubTransport transport) {
    this.settings = settings;
    this.transport = transport;
    this.endpoint = UrlEncoding.resolve(settings.oauthBaseUrl(), PATH);
  }

  GithubAccessToken exchange(String code, String codeVerifier, String redirectUri) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", settings.clientId());
    form.put("client_secret", settings.clientSecret());
    form.put("code", code);
    form.put("redirect_uri", redirectUri);
    form.put("code_verifier", codeVerifier);
    HttpRequest request =
        transport
            .request(endpoint)
            .header("Accept", "application/json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    UrlEncoding.query(form), StandardCharsets.UTF_8))
            .build();
    return read(transport.send(request, OPERATION));
  }

  private static GithubAccessToken read(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    JsonNode body;
    String error;
    String token;
    try {
      body = JsonReplies.parseObject(response.body());
      error = JsonReplies.optionalText(body, "error");
      token = JsonReplies.optionalText(body, "access_token");
    } catch (InvalidReplyException e) {
      throw GithubTransport.unavailable(OPERATION, describe(status, e.getMessage()), e);
    }
    boolean clientError = status >= 400 && status < 500;
    // GitHub reports a refused grant as HTTP 200 with an "error" field; a 4xx with one means the
    // same.
    if (error != null && (HttpCalls.isSuccess(status) || clientError)) {
      throw GithubTransport.rejected(OPERATION, error, REJECTED_MESSAGE);
    }
    if (!HttpCalls.isSuccess(status)) {
      throw GithubTransport.unavailable(OPERATION, "HTTP " + status, null);
    }
    if (token == null || token.isBlank()) {
      throw GithubTransport.rejected(OPERATION, "no access_token in the reply", REJECTED_MESSAGE);
    }
    return new GithubAccessToken(token);
  }

  private static String describe(int status, String detail) {
    return "HTTP " + status + ", " + detail;
  }
}
