package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAdminHttpTest {
  private final AuthServer server = AuthServer.start();
  private final Browser client = server.browser();
  private String admin;
  private String adminId;
  private String adaId;

  @BeforeEach
  void signIn() {
    JsonNode tokens = Logins.cli(server, AuthServer.ADMIN_LOGIN);
    admin = "Bearer " + tokens.path("access_token").asText();
    adminId = tokens.path("user").path("id").asText();
    server.clock.advance(Duration.ofSeconds(1));
    adaId = Logins.cli(server, "ada").path("user").path("id").asText();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void listIsPagedLikeProfiles() {
    Resp page = client.get("/api/users?page=1&limit=1", "Authorization", admin);

    assertThat(page.status()).isEqualTo(200);
    JsonNode body = page.json();
    assertThat(body.path("total").asInt()).isEqualTo(2);
    assertThat(body.path("total_pages").asInt()).isEqualTo(2);
    assertThat(body.path("links").path("self").asText()).isEqualTo("/api/users?page=1&limit=1");
    assertThat(body.path("links").path("next").asText()).isEqualTo("/api/users?page=2&limit=1");
    assertThat(body.path("links").path("prev").isNull()).isTrue();
    assertThat(body.path("data").get(0).path("id").asText()).isEqualTo(adminId);
  }

  @Test
  void badPagingIsRejected() {
    assertThat(client.get("/api/users?page=0", "Authorization", admin).status()).isEqualTo(422);
    assertThat(client.get("/api/users?limit=x", "Authorization", admin).status()).isEqualTo(422);
    assertThat(client.get("/api/users?page=", "Authorization", admin).status()).isEqualTo(400);
  }

  @Test
  void patchValidatesItsBody() {
    String path = "/api/users/" + adaId;

    assertThat(client.patch(path, "{}", "Authorization", admin).status()).isEqualTo(400);
    assertThat(client.patch(path, "{\"role\":\"root\"}", "Authorization", admin).status())
        .isEqualTo(422);
    assertThat(client.patch(path, "{\"role\":1}", "Authorization", admin).status()).isEqualTo(422);
    assertThat(client.patch(path, "{\"is_active\":\"no\"}", "Authorization", admin).status())
        .isEqualTo(422);
    assertThat(client.patch(path, "{bad json", "Authorization", admin).status()).isEqualTo(400);
  }

  @Test
  void unknownUserIs404() {
    Resp resp =
        client.patch(
            "/api/users/0190f5d2-1b2c-7a3b-8c4d-5e6f7a8b9c0d",
            "{\"role\":\"admin\"}",
            "Authorization",
            admin);

    assertThat(resp.status()).isEqualTo(404);
    assertThat(resp.message()).isEqualTo("User not found");
  }

  @Test
  void adminCannotDemoteOrDeactivateThemselves() {
    String self = "/api/users/" + adminId;

    Resp demote = client.patch(self, "{\"role\":\"analyst\"}", "Authorization", admin);
    Resp deactivate = client.patch(self, "{\"is_active\":false}", "Authorization", admin);

    assertThat(demote.status()).isEqualTo(403);
    assertThat(demote.message()).isEqualTo("Admins cannot demote themselves");
    assertThat(deactivate.status()).isEqualTo(403);
  }

  @Test
  void analystCannotManageUsers() {
    String analyst = "Bearer " + Logins.cli(server, "bob").path("access_token").asText();

    assertThat(client.get("/api/users", "Authorization", analyst).status()).isEqualTo(403);
    assertThat(
            client
                .patch("/api/users/" + adaId, "{\"role\":\"admin\"}", "Authorization", analyst)
                .status())
        .isEqualTo(403);
  }

  @Test
  void headObeysTheRolesOfItsGetRoute() {
    String analyst = "Bearer " + Logins.cli(server, "bob").path("access_token").asText();

    assertThat(client.send("HEAD", "/api/users", null, "Authorization", analyst).status())
        .isEqualTo(403);
    assertThat(client.send("HEAD", "/api/users", null, "Authorization", admin).status())
        .isEqualTo(200);
    assertThat(client.send("HEAD", "/api/users", null).status()).isEqualTo(401);
  }
}
