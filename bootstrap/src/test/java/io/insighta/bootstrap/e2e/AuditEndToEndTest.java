package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail through the real server and PostgreSQL: every audited action shows up in {@code
 * GET /api/audit} with the request id and client address of the request that did it.
 */
class AuditEndToEndTest {
  private static ServerFixture server;
  private static String admin;
  private static String adminId;

  @BeforeAll
  static void start() {
    server = ServerFixture.start();
    server.demographics().knowName("Audra", "female", 0.97, 41, "KE", 0.52);
    admin = server.accessToken("test_code");
    adminId = server.get("/api/users/me", admin).json().at("/data/id").asText();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<JsonNode> entries(String query) {
    HttpResult page = server.get("/api/audit?limit=50&" + query, admin);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    List<JsonNode> entries = new ArrayList<>();
    page.json().get("data").forEach(entries::add);
    return entries;
  }

  /** The one entry written while serving the request that answered {@code response}. */
  private static JsonNode entryOf(String action, HttpResult response) {
    String requestId = response.header("X-Request-Id");
    assertThat(requestId).isNotBlank();
    List<JsonNode> matching =
        entries("action=" + action).stream()
            .filter(entry -> requestId.equals(entry.get("request_id").asText()))
            .toList();
    assertThat(matching).as(action + " of request " + requestId).hasSize(1);
    return matching.get(0);
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static HttpResult testLogin(String code) {
    return server.send(
        HttpRequest.newBuilder(server.url("/auth/cli/callback"))
            .header("Content-Type", "application/json")
            // Not from a trusted proxy: recorded as the socket peer, as the rate limiter keys it.
            .header("X-Forwarded-For", "198.51.100.1")
            .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\"}")));
  }

  private static HttpResult refresh(String refreshToken) {
    return server.postJson("/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}");
  }

  private static HttpResult api(String method, String path, String contentType, String body) {
    return server.send(
        server
            .api(path, admin)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  @Test
  void aSignInIsRecordedWithItsRequestIdAndTheClientAddress() {
    HttpResult login = testLogin("analyst_test_code");

    JsonNode entry = entryOf("session.sign_in", login);
    assertThat(entry.get("actor_id").asText()).isEqualTo(login.json().at("/user/id").asText());
    assertThat(entry.get("actor_username").asText()).isEqualTo("insighta-test-analyst");
    assertThat(entry.get("ip").asText()).isEqualTo("127.0.0.1");
    assertThat(entry.get("target_type").asText()).isEqualTo("session");
    assertThat(entry.get("details").get("client").asText()).isEqualTo("test");
    assertThat(entry.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(entry.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-.*");
  }

  @Test
  void aLogoutIsRecordedForTheSessionItEnds() {
    HttpResult login = testLogin("analyst_test_code");
    String session = entryOf("session.sign_in", login).get("target_id").asText();
    String refreshToken = login.json().get("refresh_token").asText();

    HttpResult logout =
        server.postJson("/auth/logout", "{\"refresh_token\":\"" + refreshToken + "\"}");
    HttpResult again =
        server.postJson("/auth/logout", "{\"refresh_token\":\"" + refreshToken + "\"}");

    assertThat(logout.status()).isEqualTo(200);
    JsonNode entry = entryOf("session.sign_out", logout);
    assertThat(entry.get("target_id").asText()).isEqualTo(session);
    assertThat(entry.get("actor_username").asText()).isEqualTo("insighta-test-analyst");
    assertThat(again.status()).isEqualTo(200);
    assertThat(entries("action=session.sign_out"))
        .noneMatch(e -> e.get("request_id").asText().equals(again.header("X-Request-Id")));
  }

  @Test
  void aReusedRefreshTokenIsRecordedThoughTheRequestIsRefused() {
    HttpResult login = testLogin("analyst_test_code");
    String session = entryOf("session.sign_in", login).get("target_id").asText();
    String first = login.json().get("refresh_token").asText();
    String second = refresh(first).json().get("refresh_token").asText();

    HttpResult replay = refresh(first);

    assertThat(replay.status()).isEqualTo(401);
    JsonNode entry = entryOf("session.reuse_detected", replay);
    assertThat(entry.get("target_id").asText()).isEqualTo(session);
    assertThat(entry.get("actor_id").asText()).isEqualTo(login.json().at("/user/id").asText());
    assertThat(refresh(second).status()).isEqualTo(401);
  }

  @Test
  void creatingAndDeletingAProfileAreRecordedWithTheAdminAsActor() {
    HttpResult created = api("POST", "/api/profiles", "application/json", "{\"name\":\"Audra\"}");
    String id = created.json().at("/data/id").asText();
    HttpResult deleted = server.send(server.api("/api/profiles/" + id, admin).DELETE());

    assertThat(created.status()).isEqualTo(201);
    assertThat(deleted.status()).isEqualTo(204);
    JsonNode create = entryOf("profile.create", created);
    JsonNode delete = entryOf("profile.delete", deleted);
    for (JsonNode entry : List.of(create, delete)) {
      assertThat(entry.get("actor_id").asText()).isEqualTo(adminId);
      assertThat(entry.get("target_type").asText()).isEqualTo("profile");
      assertThat(entry.get("target_id").asText()).isEqualTo(id);
      assertThat(entry.get("details").get("name").asText()).isEqualTo("Audra");
    }
  }

  @Test
  void creatingAndRevokingATokenAreRecordedAndATokenCannotReadTheTrail() {
    HttpResult created =
        api("POST", "/api/tokens", "application/json", "{\"name\":\"ci\",\"scope\":\"read\"}");
    String id = created.json().at("/data/id").asText();
    String secret = created.json().at("/data/token").asText();
    HttpResult withToken = server.get("/api/audit", secret);
    HttpResult revoked = server.send(server.api("/api/tokens/" + id, admin).DELETE());

    assertThat(created.status()).isEqualTo(201);
    assertThat(withToken.status()).isEqualTo(403);
    assertThat(revoked.status()).isEqualTo(204);
    for (JsonNode entry :
        List.of(entryOf("token.create", created), entryOf("token.revoke", revoked))) {
      assertThat(entry.get("actor_id").asText()).isEqualTo(adminId);
      assertThat(entry.get("target_type").asText()).isEqualTo("token");
      assertThat(entry.get("target_id").asText()).isEqualTo(id);
      assertThat(entry.get("ip").asText()).isEqualTo("127.0.0.1");
      assertThat(entry.get("details").get("name").asText()).isEqualTo("ci");
      assertThat(entry.get("details").get("scope").asText()).isEqualTo("read");
      assertThat(entry.toString()).doesNotContain(secret);
    }
  }

  @Test
  void anImportIsRecordedWithTheCountsItAnswered() {
    String csv =
        "name,gender,gender_probability,age,country_id,country_probability\r\n"
            + "Imp One,male,0.9,25,KE,0.4\r\n"
            + "Imp Two,female,0.8,70,ZA,0.3\r\n"
            + "imp one,male,0.9,25,KE,0.4\r\n"
            + "Imp Bad,male,0.9,old,KE,0.4\r\n";

    HttpResult imported = api("POST", "/api/profiles/import", "text/csv", csv);

    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    JsonNode details = entryOf("profile.import", imported).get("details");
    assertThat(details.get("inserted").asLong()).isEqualTo(2);
    assertThat(details.get("skipped").asLong()).isEqualTo(2);
    assertThat(details.get("invalid").asLong()).isEqualTo(1);
    assertThat(details.get("inserted")).isEqualTo(imported.json().at("/data/inserted"));
  }

  @Test
  void aUserChangeIsRecordedWithEachFieldBeforeAndAfter() {
    String analyst = server.accessToken("analyst_test_code");
    String analystId = server.get("/api/users/me", analyst).json().at("/data/id").asText();
    HttpResult changed =
        api(
            "PATCH",
            "/api/users/" + analystId,
            "application/json",
            "{\"role\":\"admin\",\"is_active\":false}");
    HttpResult restored =
        api(
            "PATCH",
            "/api/users/" + analystId,
            "application/json",
            "{\"role\":\"analyst\",\"is_active\":true}");

    assertThat(changed.status()).isEqualTo(200);
    assertThat(restored.status()).isEqualTo(200);
    JsonNode entry = entryOf("user.update", changed);
    assertThat(entry.get("target_type").asText()).isEqualTo("user");
    assertThat(entry.get("target_id").asText()).isEqualTo(analystId);
    assertThat(entry.get("actor_id").asText()).isEqualTo(adminId);
    // Compared as JSON: the stored object keeps its fields, not their order.
    assertThat(entry.get("details"))
        .isEqualTo(
            json(
                "{\"role\":{\"before\":\"analyst\",\"after\":\"admin\"},"
                    + "\"is_active\":{\"before\":true,\"after\":false}}"));
  }

  @Test
  void filtersSelectByActionActorAndInclusiveTimeAndPagesComeNewestFirst() {
    HttpResult older = testLogin("analyst_test_code");
    HttpResult newer = testLogin("analyst_test_code");
    String analystId = newer.json().at("/user/id").asText();
    JsonNode newest = entryOf("session.sign_in", newer);
    Instant at = Instant.parse(newest.get("at").asText());

    HttpResult page = server.get("/api/audit?action=session.sign_in&limit=1", admin);
    assertThat(page.json().at("/data/0/request_id").asText())
        .isEqualTo(newer.header("X-Request-Id"));
    assertThat(page.json().at("/links/next").asText())
        .isEqualTo("/api/audit?action=session.sign_in&page=2&limit=1");
    assertThat(page.json().at("/links/prev").isNull()).isTrue();
    assertThat(page.json().get("total_pages").asLong())
        .isEqualTo(page.json().get("total").asLong());
    assertThat(
            server
                .get("/api/audit?action=session.sign_in&limit=1&page=2", admin)
                .json()
                .at("/data/0/request_id")
                .asText())
        .isEqualTo(older.header("X-Request-Id"));

    assertThat(entries("actor_id=" + analystId))
        .isNotEmpty()
        .allMatch(entry -> entry.get("actor_id").asText().equals(analystId));
    assertThat(entries("actor_id=" + adminId))
        .noneMatch(entry -> entry.get("actor_id").asText().equals(analystId));
    assertThat(entries("since=" + at + "&until=" + at))
        .anyMatch(entry -> entry.get("id").equals(newest.get("id")))
        .allMatch(entry -> entry.get("at").asText().equals(at.toString()));
    assertThat(entries("until=" + at.minusSeconds(1)))
        .noneMatch(entry -> entry.get("id").equals(newest.get("id")));
    assertThat(
            server
                .get("/api/audit?since=" + at.plusSeconds(3600), admin)
                .json()
                .get("total")
                .asLong())
        .isZero();
  }

  @Test
  void badFiltersAre422AndAnalystsAreRefused() {
    for (String bad :
        List.of(
            "action=session.sign_up",
            "actor_id=12345",
            "since=not-a-time",
            "until=2026-04-01T25:00:00Z",
            "since=2026-04-02T00:00:00Z&until=2026-04-01T00:00:00Z",
            "limit=0")) {
      HttpResult answer = server.get("/api/audit?" + bad, admin);
      assertThat(answer.status()).as(bad).isEqualTo(422);
      assertThat(answer.json().get("message").asText()).isEqualTo("Invalid query parameters");
    }
    HttpResult withoutVersion =
        server.send(
            HttpRequest.newBuilder(server.url("/api/audit"))
                .header("Authorization", "Bearer " + admin));
    assertThat(withoutVersion.status()).isEqualTo(200);
    HttpResult analyst = server.get("/api/audit", server.accessToken("analyst_test_code"));
    assertThat(analyst.status()).isEqualTo(403);
  }
}
