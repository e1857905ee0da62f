package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/audit} on the real route table: the wire form, the filters and who may read. */
class AuditHttpTest {
  private final AuthServer server = AuthServer.start();
  private final Browser client = server.browser();
  private String admin;
  private String adminId;
  private String analyst;

  @BeforeEach
  void signIn() {
    JsonNode tokens = Logins.cli(server, AuthServer.ADMIN_LOGIN);
    admin = "Bearer " + tokens.path("access_token").asText();
    adminId = tokens.path("user").path("id").asText();
    server.clock.advance(Duration.ofSeconds(1));
    analyst = "Bearer " + Logins.cli(server, "ada").path("access_token").asText();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anEntryHasExactlyTheTenFieldsInOrder() {
    Resp page =
        client.get("/api/audit?actor_id=" + adminId, "Authorization", admin, "X-Request-Id", "r-1");

    assertThat(page.status()).isEqualTo(200);
    JsonNode entry = page.json().path("data").get(0);
    assertThat(entry.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "at",
            "action",
            "actor_id",
            "actor_username",
            "target_type",
            "target_id",
            "ip",
            "request_id",
            "details");
    assertThat(entry.path("at").asText()).isEqualTo("2026-04-01T12:00:00Z");
    assertThat(entry.path("action").asText()).isEqualTo("session.sign_in");
    assertThat(entry.path("actor_username").asText()).isEqualTo(AuthServer.ADMIN_LOGIN);
    assertThat(entry.path("target_type").asText()).isEqualTo("session");
    assertThat(entry.path("ip").asText()).isEqualTo("127.0.0.1");
    assertThat(entry.path("details").path("client").asText()).isEqualTo("cli");
  }

  @Test
  void linksKeepTheFiltersInCanonicalForm() {
    Resp page =
        client.get(
            "/api/audit?limit=1&action=SESSION.SIGN_IN&since=2026-04-01T13:00:00%2B01:00",
            "Authorization", admin);

    JsonNode body = page.json();
    assertThat(body.path("total").asInt()).isEqualTo(2);
    assertThat(body.path("links").path("next").asText())
        .isEqualTo(
            "/api/audit?action=session.sign_in&since=2026-04-01T12%3A00%3A00Z&page=2&limit=1");
    assertThat(body.path("data").get(0).path("actor_username").asText()).isEqualTo("ada");
  }

  @Test
  void badFiltersAre422EmptyOnes400AndOnlyAdminsMayRead() {
    for (String bad :
        new String[] {
          "action=profile.update",
          "actor_id=not-a-uuid",
          "since=yesterday",
          "until=2026-04-01",
          "since=2026-04-02T00:00:00Z&until=2026-04-01T00:00:00Z",
          "action=session.sign_in&action=session.sign_out",
          "page=0"
        }) {
      Resp answer = client.get("/api/audit?" + bad, "Authorization", admin);
      assertThat(answer.status()).as(bad).isEqualTo(422);
      assertThat(answer.json().path("message").asText()).isEqualTo("Invalid query parameters");
    }
    assertThat(client.get("/api/audit?action=", "Authorization", admin).status()).isEqualTo(400);
    assertThat(client.get("/api/audit", "Authorization", analyst).status()).isEqualTo(403);
    assertThat(client.get("/api/audit").status()).isEqualTo(401);
  }
}
