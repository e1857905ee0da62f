package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.adapters.http.server.support.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliLoginHttpTest {
  private final AuthServer server = AuthServer.start();
  private final Browser cli = server.browser();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void cliLoginAnswersTheTokenBodyAndTheTokenWorks() {
    JsonNode tokens = Logins.cli(server, "ada");

    assertThat(Reply.names(tokens))
        .containsExactly(
            "status", "access_token", "refresh_token", "token_type", "expires_in", "user");
    assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(tokens.path("expires_in").asInt()).isEqualTo(180);
    assertThat(Reply.names(tokens.path("user")))
        .containsExactly(
            "id",
            "github_id",
            "username",
            "email",
            "avatar_url",
            "role",
            "is_active",
            "last_login_at",
            "created_at");
    assertThat(tokens.path("user").path("github_id").asLong()).isEqualTo(1001);
    assertThat(tokens.path("user").path("created_at").asText()).isEqualTo("2026-04-01T12:00:00Z");
    assertThat(server.github.lastTokenRequest())
        .containsEntry("client_secret", "secret-1")
        .containsEntry("code_verifier", Logins.VERIFIER)
        .containsEntry("redirect_uri", Logins.CLI_REDIRECT);
    Resp me =
        cli.get("/api/users/me", "Authorization", "Bearer " + tokens.path("access_token").asText());
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("user").path("username").asText()).isEqualTo("ada");
  }

  @Test
  void verifierThatDoesNotMatchTheChallengeIsA400() {
    String code = Logins.cliCode(server, cli, "ada", Logins.VERIFIER);

    Resp resp =
        cli.post(
            "/auth/cli/callback",
            Logins.exchangeBody(code, "another-verifier-" + "y".repeat(40), Logins.CLI_REDIRECT));

    assertThat(resp.status()).isEqualTo(400);
    assertThat(server.github.tokenRequests()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {42, 129, -1})
  void malformedVerifierIsA400WithoutCallingGithub(int length) {
    String verifier = length < 0 ? "a".repeat(50) + "$" : "a".repeat(length);

    Resp resp =
        cli.post(
            "/auth/cli/callback", Logins.exchangeBody("some-code", verifier, Logins.CLI_REDIRECT));

    assertThat(resp.status()).isEqualTo(400);
    assertThat(resp.message()).contains("code_verifier");
    assertThat(server.github.tokenRequests()).isZero();
  }

  @Test
  void missingVerifierIsA400() {
    Resp resp =
        cli.post(
            "/auth/cli/callback",
            "{\"code\":\"some-code\",\"redirect_uri\":\"" + Logins.CLI_REDIRECT + "\"}");

    assertThat(resp.status()).isEqualTo(400);
    assertThat(resp.message()).isEqualTo("Missing code_verifier");
    assertThat(server.github.tokenRequests()).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:9876/callback",
        "http://127.0.0.1:9876/other",
        "https://evil.example/callback"
      })
  void nonLoopbackRedirectUriIsA400AtBothEnds(String redirectUri) {
    Resp begin =
        cli.get(
            "/auth/github?client=cli&state="
                + Logins.CLI_STATE
                + "&code_challenge="
                + FakeGithubServer.challengeFor(Logins.VERIFIER)
                + "&redirect_uri="
                + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8));
    Resp exchange =
        cli.post("/auth/cli/callback", Logins.exchangeBody("code", Logins.VERIFIER, redirectUri));

    assertThat(begin.status()).isEqualTo(400);
    assertThat(exchange.status()).isEqualTo(400);
    assertThat(server.github.tokenRequests()).isZero();
  }

  @Test
  void nonStringFieldIsA400() {
    Resp resp = cli.post("/auth/cli/callback", "{\"code\":42}");

    assertThat(resp.status()).isEqualTo(400);
    assertThat(resp.message()).isEqualTo("Invalid type: code must be a string");
  }

  @Test
  void githubErrorBodyIsA400() {
    String code = Logins.cliCode(server, cli, "ada", Logins.VERIFIER);
    server.github.respondWith(
        FakeGithubServer.TOKEN_PATH, 200, "{\"error\":\"incorrect_client_credentials\"}");

    Resp resp =
        cli.post(
            "/auth/cli/callback", Logins.exchangeBody(code, Logins.VERIFIER, Logins.CLI_REDIRECT));

    assertThat(resp.status()).isEqualTo(400);
  }
}
