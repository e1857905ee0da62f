package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.github.FakeGithubServer;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two sign-in flows driven end to end through the fake GitHub, for tests that need a session.
 */
final class Logins {
  static final String VERIFIER = "v3rifier-" + "x".repeat(50);
  static final String CLI_REDIRECT = "http://127.0.0.1:9876/callback";
  static final String CLI_STATE = "cli-state-abcdefghijklmnop";

  private Logins() {}

  /** Browser: /auth/github → fake GitHub → callback; answers the callback's response. */
  static Resp web(AuthServer server, Browser browser, String login) {
    server.github.currentUser(login);
    Resp toGithub = browser.get("/auth/github");
    assertThat(toGithub.status()).as("redirect to GitHub").isEqualTo(302);
    Resp backToUs = browser.follow(toGithub);
    assertThat(backToUs.status()).as("GitHub redirects back").isEqualTo(302);
    return browser.follow(backToUs);
  }

  /** CLI: /auth/github?client=cli → fake GitHub → code; answers the code GitHub returned. */
  static String cliCode(AuthServer server, Browser browser, String login, String verifier) {
    server.github.currentUser(login);
    Resp toGithub =
        browser.get(
            "/auth/github?client=cli&state="
                + CLI_STATE
                + "&code_challenge="
                + FakeGithubServer.challengeFor(verifier)
                + "&code_challenge_method=S256&redirect_uri="
                + URLEncoder.encode(CLI_REDIRECT, StandardCharsets.UTF_8));
    assertThat(toGithub.status()).as(toGithub.toString()).isEqualTo(302);
    Resp loopback = browser.follow(toGithub);
    Map<String, String> query = query(URI.create(loopback.header("Location")));
    assertThat(query).containsEntry("state", CLI_STATE);
    return query.get("code");
  }

  /** A full CLI sign-in; answers the token body. */
  static JsonNode cli(AuthServer server, String login) {
    Browser cli = new Browser(server.base);
    String code = cliCode(server, cli, login, VERIFIER);
    Resp tokens = cli.post("/auth/cli/callback", exchangeBody(code, VERIFIER, CLI_REDIRECT));
    assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
    return tokens.json();
  }

  static String exchangeBody(String code, String verifier, String redirectUri) {
    return "{\"code\":\""
        + code
        + "\",\"code_verifier\":\""
        + verifier
        + "\",\"redirect_uri\":\""
        + redirectUri
        + "\"}";
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      String[] parts = pair.split("=", 2);
      values.put(
          URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
          URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
    }
    return values;
  }
}
