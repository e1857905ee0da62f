package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestLoginHttpTest {

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
  void testCodesAreOrdinaryCodesWhenDisabled() {
    try (AuthServer server = AuthServer.start()) {
      Browser browser = server.browser();

      assertThat(browser.get("/auth/github/callback?code=test_code").status()).isEqualTo(400);
      assertThat(browser.post("/auth/cli/callback", "{\"code\":\"test_code\"}").status())
          .isEqualTo(400);
    }
  }
}
