package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.domain.role.Role;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessAndCsrfHttpTest {
  private static final String SOME_PROFILE = "/api/profiles/0190f5d2-1b2c-7a3b-8c4d-5e6f7a8b9c0d";

  private final AuthServer server = AuthServer.start();
  private final Browser client = server.browser();

  @AfterEach
  void stop() {
    server.close();
  }

  private static String bearer(JsonNode tokens) {
    return "Bearer " + tokens.path("access_token").asText();
  }

  private static UserId idOf(JsonNode tokens) {
    return UserId.parse(tokens.path("user").path("id").asText()).orElseThrow();
  }

  @Test
  void analystCannotCreateOrDeleteProfilesButAdminPassesTheRoleCheck() {
    String analyst = bearer(Logins.cli(server, "ada"));
    String admin = bearer(Logins.cli(server, AuthServer.ADMIN_LOGIN));

    Resp create =
        client.post(
            "/api/profiles", "{\"name\":\"ella\"}", "Authorization", analyst, "X-API-Version", "1");
    Resp delete = client.delete(SOME_PROFILE, "Authorization", analyst, "X-API-Version", "1");
    Resp adminDelete = client.delete(SOME_PROFILE, "Authorization", admin, "X-API-Version", "1");

    assertThat(create.status()).isEqualTo(403);
    assertThat(delete.status()).isEqualTo(403);
    assertThat(adminDelete.status()).isEqualTo(404);
    assertThat(client.get("/api/profiles", "Authorization", analyst, "X-API-Version", "1").status())
        .isEqualTo(200);
  }

  @Test
  void deactivatedUserIsRefusedOnEveryRequest() {
    JsonNode tokens = Logins.cli(server, "ada");
    server.users.update(idOf(tokens), new UserUpdate(null, false));

    assertThat(client.get("/auth/me", "Authorization", bearer(tokens)).status()).isEqualTo(403);
    assertThat(client.get("/api/users/me", "Authorization", bearer(tokens)).status())
        .isEqualTo(403);
    assertThat(
            client
                .get("/api/profiles", "Authorization", bearer(tokens), "X-API-Version", "1")
                .status())
        .isEqualTo(403);
    Resp refresh =
        client.post(
            "/auth/refresh",
            "{\"refresh_token\":\"" + tokens.path("refresh_token").asText() + "\"}");
    assertThat(refresh.status()).isEqualTo(403);
    assertThat(refresh.message()).isEqualTo("Account is deactivated");
  }

  @Test
  void demotedAdminIsRefusedAfterRefresh() {
    JsonNode tokens = Logins.cli(server, AuthServer.ADMIN_LOGIN);
    assertThat(client.get("/api/users", "Authorization", bearer(tokens)).status()).isEqualTo(200);
    server.users.update(idOf(tokens), new UserUpdate(Role.ANALYST, null));

    JsonNode refreshed =
        client
            .post(
                "/auth/refresh",
                "{\"refresh_token\":\"" + tokens.path("refresh_token").asText() + "\"}")
            .json();

    assertThat(refreshed.path("user").path("role").asText()).isEqualTo("analyst");
    assertThat(client.get("/api/users", "Authorization", bearer(refreshed)).status())
        .isEqualTo(403);
  }

  @Test
  void anonymousOrGarbageCredentialsAre401() {
    assertThat(client.get("/auth/me").status()).isEqualTo(401);
    Resp garbage = client.get("/api/users/me", "Authorization", "Bearer a.b.c");
    assertThat(garbage.status()).isEqualTo(401);
    assertThat(garbage.message()).isEqualTo("Invalid or expired token");
  }

  @Test
  void cookieAuthenticatedUnsafeRequestNeedsTheSessionsCsrfToken() {
    Browser other = server.browser();
    Logins.web(server, other, "bob");
    String bobsToken = other.cookies.get("csrf_token");
    Logins.web(server, client, AuthServer.ADMIN_LOGIN);
    String mine = client.cookies.get("csrf_token");
    String target = "/api/users/" + other.get("/auth/me").json().path("data").path("id").asText();
    String body = "{\"role\":\"admin\"}";

    Resp missing = client.patch(target, body);
    Resp forged = client.patch(target, body, "X-CSRF-Token", "forged.value");
    client.cookies.put("csrf_token", bobsToken);
    Resp otherSession = client.patch(target, body, "X-CSRF-Token", bobsToken);
    client.cookies.put("csrf_token", mine);
    Resp crossSite =
        client.patch(target, body, "X-CSRF-Token", mine, "Sec-Fetch-Site", "cross-site");
    Resp valid = client.patch(target, body, "X-CSRF-Token", mine, "Sec-Fetch-Site", "same-origin");

    for (Resp refused : new Resp[] {missing, forged, otherSession, crossSite}) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
      assertThat(refused.message()).isEqualTo("Invalid CSRF token");
    }
    assertThat(valid.status()).as(valid.toString()).isEqualTo(200);
    assertThat(valid.json().path("data").path("role").asText()).isEqualTo("admin");
  }

  @Test
  void bearerRequestsNeedNoCsrfToken() {
    JsonNode admin = Logins.cli(server, AuthServer.ADMIN_LOGIN);
    JsonNode ada = Logins.cli(server, "ada");

    Resp patch =
        client.patch(
            "/api/users/" + idOf(ada), "{\"is_active\":false}", "Authorization", bearer(admin));

    assertThat(patch.status()).isEqualTo(200);
    assertThat(patch.json().path("data").path("is_active").asBoolean()).isFalse();
  }
}
