package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestLoginHttpTest {
  private static final String[] FORM = {"Content-Type", "application/x-www-form-urlencoded"};

  @Test
  void testCodesSignInTheTestUsersBeforeAnyStateCheckWhenEnabled() {
    try (AuthServer server = new AuthServer(settings -> settings.withTestLogin(true))) {
      Browser browser = server.browser();

      Resp admin = browser.get("/auth/github/callback?code=test_code");
      Resp analyst = browser.post("/auth/cli/callback", "{\"code\":\"analyst_test_code\"}");

      assertThat(admin.status()).isEqualTo(200);
      assertThat(admin.json().path("user").path("role").asText()).isEqualTo("admin");
      assertThat(admin.json().path("user").path("github_id").asLong()).isNegative();
      assertThat(analyst.status()).isEqualTo(200);
      assertThat(analyst.json().path("user").path("role").asText()).isEqualTo("analyst");
      assertThat(
              browser
                  .get(
                      "/api/users",
                      "Authorization",
                      "Bearer " + admin.json().path("access_token").asText())
                  .status())
          .isEqualTo(200);
    }
  }

  @Test
  void postedWebCallbackAnswersTheTestCodesFromJsonAndFormBodies() {
    try (AuthServer server = new AuthServer(settings -> settings.withTestLogin(true))) {
      Browser browser = server.browser();

      Resp json = browser.post("/auth/github/callback", "{\"code\":\"test_code\"}");
      Resp form = browser.post("/auth/github/callback", "code=analyst_test_code", FORM);
      Resp curlDefault = browser.post("/auth/github/callback", "{\"code\":\"test_code\"}", FORM);

      assertThat(json.status()).isEqualTo(200);
      assertThat(json.json().path("status").asText()).isEqualTo("success");
      assertThat(json.json().path("token_type").asText()).isEqualTo("Bearer");
      assertThat(json.json().path("access_token").asText()).isNotEmpty();
      assertThat(json.json().path("refresh_token").asText()).isNotEmpty();
      assertThat(json.json().path("user").path("role").asText()).isEqualTo("admin");
      assertThat(form.status()).isEqualTo(200);
      assertThat(form.json().path("user").path("role").asText()).isEqualTo("analyst");
      assertThat(curlDefault.status()).isEqualTo(200);
      assertThat(curlDefault.json().path("user").path("role").asText()).isEqualTo("admin");
    }
  }

  @Test
  void postedWebCallbackWithAnyOtherCodeIsAnInvalidState() {
    try (AuthServer server = new AuthServer(settings -> settings.withTestLogin(true))) {
      Browser browser = server.browser();

      Resp other = browser.post("/auth/github/callback", "{\"code\":\"real_code\"}");
      Resp empty = browser.post("/auth/github/callback", null);
      Resp form = browser.post("/auth/github/callback", "code=real_code&state=x", FORM);

      for (Resp resp : new Resp[] {other, empty, form}) {
        assertThat(resp.status()).isEqualTo(400);
        assertThat(resp.json().path("message").asText()).isEqualTo("Invalid or expired state");
      }
    }
  }

  @Test
  void testCodesAreOrdinaryCodesWhenDisabled() {
    try (AuthServer server = AuthServer.start()) {
      Browser browser = server.browser();

      assertThat(browser.get("/auth/github/callback?code=test_code").status()).isEqualTo(400);
      assertThat(browser.post("/auth/cli/callback", "{\"code\":\"test_code\"}").status())
          .isEqualTo(400);
      Resp posted = browser.post("/auth/github/callback", "{\"code\":\"test_code\"}");
      assertThat(posted.status()).isEqualTo(400);
      assertThat(posted.json().path("message").asText()).isEqualTo("Invalid or expired state");
    }
  }
}
