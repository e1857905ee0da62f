package io.insighta.bootstrap.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;

/** The calls the personal-access-token tests make, over real HTTP against one fixture server. */
final class TokenCalls {
  private static final String REDIRECT = "http://127.0.0.1:9876/callback";
  private static final String VERIFIER = "personal-token-test-verifier-" + "v".repeat(30);
  private final ServerFixture server;

  TokenCalls(ServerFixture server) {
    this.server = server;
  }

  /** Signs a (fake) GitHub account in through the CLI flow; answers the token body. */
  JsonNode signIn(long githubId, String login) {
    server.github().registerUser(githubId, login, null);
    String code =
        server.github().issueCode(login, FakeGithubServer.challengeFor(VERIFIER), REDIRECT);
    HttpResult result =
        server.postJson(
            "/auth/cli/callback",
            "{\"code\":\""
                + code
                + "\",\"code_verifier\":\""
                + VERIFIER
                + "\",\"redirect_uri\":\""
                + REDIRECT
                + "\"}");
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    return result.json();
  }

  /** {@code POST /api/tokens} with a session's access token, without {@code X-API-Version}. */
  HttpResult create(String session, String json) {
    return server.send(
        HttpRequest.newBuilder(server.url("/api/tokens"))
            .header("Authorization", "Bearer " + session)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Creates a token and answers its {@code data} object (which holds the secret). */
  JsonNode created(String session, String json) {
    HttpResult result = create(session, json);
    assertThat(result.status()).as(result.body()).isEqualTo(201);
    return result.json().path("data");
  }

  HttpResult list(String credential) {
    return server.send(
        HttpRequest.newBuilder(server.url("/api/tokens"))
            .header("Authorization", "Bearer " + credential));
  }

  HttpResult revoke(String credential, String tokenId) {
    return server.send(server.api("/api/tokens/" + tokenId, credential).DELETE());
  }

  HttpResult createProfile(String credential, String name) {
    return server.send(
        server
            .api("/api/profiles", credential)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")));
  }

  /** {@code PATCH /api/users/{id}} as an admin session. */
  void updateUser(String adminSession, String userId, String json) {
    HttpResult result =
        server.send(
            server
                .api("/api/users/" + userId, adminSession)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    assertThat(result.status()).as(result.body()).isEqualTo(200);
  }
}
