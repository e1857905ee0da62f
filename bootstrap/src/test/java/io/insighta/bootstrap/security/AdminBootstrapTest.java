package io.insighta.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The first admins, end to end through the (fake) GitHub sign-in: listed ids and logins make an
 * account admin only when it is created, and a login GitHub handed to someone else grants nothing.
 */
class AdminBootstrapTest {
  private static final String REDIRECT = "http://127.0.0.1:9876/callback";
  private static final String VERIFIER = "admin-bootstrap-verifier-" + "v".repeat(30);
  private final ServerFixture server =
      ServerFixture.start(
          Map.of("INSIGHTA_ADMIN_LOGINS", "octo-admin", "INSIGHTA_ADMIN_GITHUB_IDS", "4242"),
          Clock.systemUTC());

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aListedGithubIdIsAdminAtCreationAndADemotionSticks() {
    server.github().registerUser(4242, "whoever", null);
    JsonNode first = signIn("whoever");
    assertThat(first.path("user").path("role").asText()).isEqualTo("admin");

    String testAdmin = server.accessToken("test_code");
    HttpResult demoted =
        server.send(
            server
                .api("/api/users/" + first.path("user").path("id").asText(), testAdmin)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"role\":\"analyst\"}")));
    assertThat(demoted.status()).isEqualTo(200);

    assertThat(signIn("whoever").path("user").path("role").asText()).isEqualTo("analyst");
  }

  @Test
  void aListedLoginGrantsAdminOnlyToTheFirstAccountEverSeenWithIt() {
    server.github().registerUser(100, "octo-admin", null);
    assertThat(signIn("octo-admin").path("user").path("role").asText()).isEqualTo("admin");

    server.github().registerUser(100, "octo-renamed", null).registerUser(200, "octo-admin", null);
    JsonNode renamed = signIn("octo-renamed");
    JsonNode inheritor = signIn("octo-admin");

    assertThat(renamed.path("user").path("role").asText()).isEqualTo("admin");
    assertThat(inheritor.path("user").path("github_id").asLong()).isEqualTo(200);
    assertThat(inheritor.path("user").path("role").asText()).isEqualTo("analyst");
  }

  @Test
  void anUnlistedAccountIsAnAnalyst() {
    server.github().registerUser(7, "plain", null);

    assertThat(signIn("plain").path("user").path("role").asText()).isEqualTo("analyst");
  }

  private JsonNode signIn(String login) {
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
}
