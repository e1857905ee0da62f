package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.domain.query.PageRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebLoginHttpTest {
  private final AuthServer server = AuthServer.start();
  private final Browser browser = server.browser();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void beginRedirectsToGithubWithS256AndBindsTheStateToTheBrowser() {
    Resp resp = browser.get("/auth/github");

    assertThat(resp.status()).isEqualTo(302);
    URI location = URI.create(resp.header("Location"));
    assertThat(location.toString())
        .startsWith(server.github.baseUrl() + FakeGithubServer.AUTHORIZE_PATH);
    Map<String, String> query = Logins.query(location);
    assertThat(query)
        .containsEntry("client_id", "client-1")
        .containsEntry("redirect_uri", server.base + "/auth/github/callback")
        .containsEntry("code_challenge_method", "S256")
        .containsKey("code_challenge");
    assertThat(query.get("code_challenge")).hasSize(43);
    assertThat(resp.setCookie("oauth_state"))
        .isEqualTo(
            "oauth_state="
                + query.get("state")
                + "; Path=/auth/github; Max-Age=600; HttpOnly; SameSite=Lax");
  }

  @Test
  void callbackSetsSessionCookiesAndRedirectsToThePortal() {
    Resp callback = Logins.web(server, browser, "ada");

    assertThat(callback.status()).isEqualTo(302);
    assertThat(callback.header("Location")).isEqualTo("/");
    assertThat(callback.setCookie("access_token"))
        .matches("access_token=[^;]+; Path=/; Max-Age=180; HttpOnly; SameSite=Lax");
    assertThat(callback.setCookie("refresh_token"))
        .matches("refresh_token=[A-Za-z0-9_-]{43}; Path=/; Max-Age=300; HttpOnly; SameSite=Lax");
    assertThat(callback.setCookie("csrf_token"))
        .matches("csrf_token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+; Path=/; Max-Age=300; SameSite=Lax");
    assertThat(callback.setCookie("oauth_state")).contains("Max-Age=0");
    Resp me = browser.get("/auth/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("data").path("username").asText()).isEqualTo("ada");
    assertThat(me.json().path("user")).isEqualTo(me.json().path("data"));
  }

  @Test
  void cookiesAreSecureBehindATrustedHttpsProxyOnly() {
    try (AuthServer proxied =
        new AuthServer(settings -> settings.withTrustedProxies(List.of("127.0.0.1")))) {
      Resp viaProxy = proxied.browser().get("/auth/github", "X-Forwarded-Proto", "https");
      assertThat(viaProxy.setCookie("oauth_state")).endsWith("; HttpOnly; Secure; SameSite=Lax");
    }
    try (AuthServer direct = AuthServer.start()) {
      Resp spoofed = direct.browser().get("/auth/github", "X-Forwarded-Proto", "https");
      assertThat(spoofed.setCookie("oauth_state")).doesNotContain("Secure");
    }
  }

  @Test
  void callbackWithoutTheStateCookieIsRefusedWithoutSession() {
    server.github.currentUser("ada");
    Resp backToUs = browser.follow(browser.get("/auth/github"));
    browser.cookies.clear();

    Resp callback = browser.follow(backToUs);

    assertRefusedWithoutSession(callback);
  }

  @Test
  void callbackWithAStateOtherThanTheCookieIsRefused() {
    server.github.currentUser("ada");
    Resp backToUs = browser.follow(browser.get("/auth/github"));
    Map<String, String> query = Logins.query(URI.create(backToUs.header("Location")));

    Resp callback =
        browser.get(
            "/auth/github/callback?code=" + query.get("code") + "&state=forged-state-value");

    assertRefusedWithoutSession(callback);
  }

  @Test
  void callbackWithoutStateIsRefused() {
    browser.get("/auth/github");

    assertRefusedWithoutSession(browser.get("/auth/github/callback?code=abc"));
  }

  @Test
  void replayedCallbackIsRefused() {
    server.github.currentUser("ada");
    Resp toGithub = browser.get("/auth/github");
    String stateCookie = browser.cookies.get("oauth_state");
    Resp backToUs = browser.follow(toGithub);
    assertThat(browser.follow(backToUs).status()).isEqualTo(302);
    Browser attacker = server.browser();
    attacker.cookies.put("oauth_state", stateCookie);

    Resp replay = attacker.follow(backToUs);

    assertRefusedWithoutSession(replay);
  }

  @Test
  void githubRefusingTheCodeWithHttp200IsA400AndCreatesNoUser() {
    server.github.respondWith(
        FakeGithubServer.TOKEN_PATH, 200, "{\"error\":\"bad_verification_code\"}");

    Resp callback = Logins.web(server, browser, "ada");

    assertRefusedWithoutSession(callback);
    assertThat(server.users.list(PageRequest.FIRST).total()).isZero();
  }

  @Test
  void githubStallingIsA502() {
    server.github.stall(FakeGithubServer.USER_PATH);

    Resp callback = Logins.web(server, browser, "ada");

    assertThat(callback.status()).isEqualTo(502);
    assertThat(callback.setCookie("access_token")).isNull();
    assertThat(server.users.list(PageRequest.FIRST).total()).isZero();
  }

  @Test
  void userDenyingConsentIsA400() {
    server.github.currentUser(null);

    Resp callback = Logins.web(server, browser, null);

    assertRefusedWithoutSession(callback);
    assertThat(callback.message()).isEqualTo("GitHub sign-in was not completed: access_denied");
  }

  @Test
  void aNavigatingBrowserWithAnExpiredStateIsShownTheSignInPageWithTheReason() {
    browser.get("/auth/github");

    Resp callback =
        browser.get("/auth/github/callback?code=abc&state=long-gone", "Sec-Fetch-Mode", "navigate");

    assertThat(callback.status()).isEqualTo(302);
    assertThat(callback.header("Location")).isEqualTo("/login.html?error=state_expired");
    assertThat(callback.setCookie("access_token")).isNull();
    assertThat(callback.setCookie("oauth_state")).contains("Max-Age=0");
  }

  @Test
  void adminListedLoginBecomesAdmin() {
    Logins.web(server, browser, AuthServer.ADMIN_LOGIN);

    assertThat(browser.get("/api/users/me").json().path("data").path("role").asText())
        .isEqualTo("admin");
  }

  private static void assertRefusedWithoutSession(Resp callback) {
    assertThat(callback.status()).as(callback.toString()).isEqualTo(400);
    assertThat(callback.json().path("status").asText()).isEqualTo("error");
    assertThat(callback.setCookie("access_token")).isNull();
    assertThat(callback.setCookie("refresh_token")).isNull();
  }
}
