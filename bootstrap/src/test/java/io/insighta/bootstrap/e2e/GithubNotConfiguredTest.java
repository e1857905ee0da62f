package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A fresh server without a GitHub OAuth app: browsers are told why, API clients get the 503. */
class GithubNotConfiguredTest {
  private static ServerFixture server;

  @BeforeAll
  static void start() {
    server =
        ServerFixture.start(
            Map.of("GITHUB_CLIENT_ID", "", "GITHUB_CLIENT_SECRET", ""), Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aBrowserClickingContinueWithGithubIsShownWhatTheOperatorMustSet() {
    HttpResult clicked =
        server.send(
            HttpRequest.newBuilder(server.url("/auth/github"))
                .header("Sec-Fetch-Mode", "navigate")
                .GET());

    assertThat(clicked.status()).isEqualTo(302);
    assertThat(clicked.header("Location")).isEqualTo("/login.html?error=github_not_configured");
  }

  @Test
  void anApiClientGetsTheJsonError() {
    HttpResult called = server.send(HttpRequest.newBuilder(server.url("/auth/github")).GET());

    assertThat(called.status()).isEqualTo(503);
    assertThat(called.json().path("message").asText()).isEqualTo("GitHub login is not configured");
  }
}
