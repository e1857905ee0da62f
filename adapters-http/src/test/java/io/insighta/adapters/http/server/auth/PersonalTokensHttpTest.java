package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Token management from the portal's cookie session obeys CSRF like every unsafe cookie request,
 * while the token it mints works as a bearer with no CSRF token and never as a cookie.
 */
class PersonalTokensHttpTest {
  private final AuthServer server = AuthServer.start();
  private final Browser browser = server.browser();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void cookieSessionsNeedTheCsrfTokenToCreateAndRevoke() {
    assertThat(Logins.web(server, browser, "ada").status()).isEqualTo(302);
    String csrf = browser.cookies.get("csrf_token");

    Resp forged = browser.post("/api/tokens", "{\"name\":\"ci\"}");
    Resp created = browser.post("/api/tokens", "{\"name\":\"ci\"}", "X-CSRF-Token", csrf);
    String path = "/api/tokens/" + created.json().at("/data/id").asText();
    Resp unsafeDelete = browser.delete(path);
    Resp delete = browser.delete(path, "X-CSRF-Token", csrf);

    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.message()).isEqualTo("Invalid CSRF token");
    assertThat(created.status()).isEqualTo(201);
    assertThat(unsafeDelete.status()).isEqualTo(403);
    assertThat(unsafeDelete.message()).isEqualTo("Invalid CSRF token");
    assertThat(delete.status()).isEqualTo(204);
    assertThat(browser.get("/api/tokens").json().path("data").size()).isZero();
  }

  @Test
  void aPersonalTokenWorksAsABearerWithoutCsrfButNotAsTheSessionCookie() {
    String session =
        "Bearer " + Logins.cli(server, AuthServer.ADMIN_LOGIN).path("access_token").asText();
    Resp created =
        browser.post(
            "/api/tokens", "{\"name\":\"ci\",\"scope\":\"write\"}", "Authorization", session);
    String secret = created.json().at("/data/token").asText();

    Resp bearer =
        new Browser(server.base)
            .post(
                "/api/profiles",
                "{\"name\":\"ella\"}",
                "Authorization",
                "Bearer " + secret,
                "X-API-Version",
                "1");
    Browser cookieOnly = new Browser(server.base);
    cookieOnly.cookies.put("access_token", secret);
    Resp asCookie = cookieOnly.get("/api/profiles", "X-API-Version", "1");

    assertThat(bearer.status()).as(bearer.toString()).isEqualTo(201);
    assertThat(asCookie.status()).isEqualTo(401);
    assertThat(asCookie.message()).isEqualTo("Invalid or expired token");
  }
}
