package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.application.contract.Concurrently;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshLogoutHttpTest {
  private final AuthServer server = AuthServer.start();
  private final Browser client = server.browser();

  @AfterEach
  void stop() {
    server.close();
  }

  private Resp refresh(String refreshToken) {
    return client.post("/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}");
  }

  private static String refreshToken(JsonNode tokens) {
    return tokens.path("refresh_token").asText();
  }

  @Test
  void refreshAnswersANewPairAndKillsThePresentedToken() {
    JsonNode login = Logins.cli(server, "ada");

    Resp first = refresh(refreshToken(login));
    Resp again = refresh(refreshToken(login));

    assertThat(first.status()).isEqualTo(200);
    assertThat(refreshToken(first.json())).isNotEqualTo(refreshToken(login));
    assertThat(first.json().path("access_token").asText())
        .isNotEqualTo(login.path("access_token").asText());
    assertThat(again.status()).isEqualTo(401);
    assertThat(again.message()).isEqualTo("Invalid or expired token");
  }

  @Test
  void camelCaseFieldIsAcceptedToo() {
    JsonNode login = Logins.cli(server, "ada");

    Resp resp = client.post("/auth/refresh", "{\"refreshToken\":\"" + refreshToken(login) + "\"}");

    assertThat(resp.status()).isEqualTo(200);
  }

  @Test
  void reuseOfARotatedTokenRevokesTheWholeFamily() {
    JsonNode login = Logins.cli(server, "ada");
    JsonNode rotated = refresh(refreshToken(login)).json();

    assertThat(refresh(refreshToken(login)).status()).isEqualTo(401);

    assertThat(refresh(refreshToken(rotated)).status()).isEqualTo(401);
  }

  @Test
  void tenConcurrentRefreshesHaveExactlyOneWinner() throws Exception {
    String token = refreshToken(Logins.cli(server, "ada"));

    List<Integer> statuses = Concurrently.run(10, i -> refresh(token).status());

    assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
    assertThat(statuses).filteredOn(status -> status == 401).hasSize(9);
  }

  @Test
  void expiredRefreshTokenIsRefused() {
    JsonNode login = Logins.cli(server, "ada");
    server.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    assertThat(refresh(refreshToken(login)).status()).isEqualTo(401);
    assertThat(refresh("x".repeat(43)).status()).isEqualTo(401);
  }

  @Test
  void missingRefreshTokenIs401() {
    Resp resp = client.post("/auth/refresh", "{}");

    assertThat(resp.status()).isEqualTo(401);
    assertThat(resp.message()).isEqualTo("Authentication required");
  }

  @Test
  void accessTokenExpiresAfterItsLifetimePlusTheLeeway() {
    String access = Logins.cli(server, "ada").path("access_token").asText();

    server.clock.advance(Duration.ofMinutes(3).plusSeconds(4));
    assertThat(client.get("/api/users/me", "Authorization", "Bearer " + access).status())
        .isEqualTo(200);
    server.clock.advance(Duration.ofSeconds(2));
    Resp expired = client.get("/api/users/me", "Authorization", "Bearer " + access);

    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.message()).isEqualTo("Invalid or expired token");
  }

  @Test
  void logoutRevokesTheRefreshTokenServerSide() {
    JsonNode login = Logins.cli(server, "ada");

    Resp logout =
        client.post(
            "/auth/logout",
            "{\"refresh_token\":\"" + refreshToken(login) + "\"}",
            "Authorization",
            "Bearer " + login.path("access_token").asText());

    assertThat(logout.status()).isEqualTo(200);
    assertThat(logout.body()).isEqualTo("{\"status\":\"success\",\"message\":\"Logged out\"}");
    assertThat(refresh(refreshToken(login)).status()).isEqualTo(401);
  }

  @Test
  void browserLogoutClearsCookiesAndEndsTheSession() {
    Logins.web(server, client, "ada");
    String refreshCookie = client.cookies.get("refresh_token");
    String csrf = client.cookies.get("csrf_token");

    Resp logout = client.post("/auth/logout", "{}", "X-CSRF-Token", csrf);

    assertThat(logout.status()).isEqualTo(200);
    for (String cookie : List.of("access_token", "refresh_token", "csrf_token")) {
      assertThat(logout.setCookie(cookie)).contains("Max-Age=0");
    }
    assertThat(client.cookies).isEmpty();
    assertThat(refresh(refreshCookie).status()).isEqualTo(401);
  }

  @Test
  void browserRefreshNeedsTheCsrfTokenAndRenewsTheCookies() {
    Logins.web(server, client, "ada");
    String oldRefresh = client.cookies.get("refresh_token");
    String csrf = client.cookies.get("csrf_token");

    Resp withoutToken = client.post("/auth/refresh", "{}");
    Resp withToken = client.post("/auth/refresh", "{}", "X-CSRF-Token", csrf);

    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withoutToken.message()).isEqualTo("Invalid CSRF token");
    assertThat(withToken.status()).isEqualTo(200);
    assertThat(withToken.setCookie("refresh_token")).doesNotContain(oldRefresh);
    assertThat(client.cookies.get("refresh_token")).isNotEqualTo(oldRefresh);
    assertThat(client.get("/auth/me").status()).isEqualTo(200);
  }

  @Test
  void aCookieRefreshNeverPutsTheTokensInTheBody() {
    Logins.web(server, client, "ada");

    Resp refreshed =
        client.post("/auth/refresh", "{}", "X-CSRF-Token", client.cookies.get("csrf_token"));

    assertThat(refreshed.status()).isEqualTo(200);
    List<String> fields = new ArrayList<>();
    refreshed.json().fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("status", "token_type", "expires_in", "user");
    assertThat(refreshed.json().path("user").path("username").asText()).isEqualTo("ada");
    assertThat(refreshed.body()).doesNotContain(client.cookies.get("refresh_token"));
    assertThat(refreshed.body()).doesNotContain(client.cookies.get("access_token"));
  }

  @Test
  void browserLogoutWithoutCsrfTokenIsRefusedAndRevokesNothing() {
    Logins.web(server, client, "ada");
    String refreshCookie = client.cookies.get("refresh_token");

    Resp logout = client.post("/auth/logout", "{}");

    assertThat(logout.status()).isEqualTo(403);
    assertThat(refresh(refreshCookie).status()).isEqualTo(200);
  }
}
