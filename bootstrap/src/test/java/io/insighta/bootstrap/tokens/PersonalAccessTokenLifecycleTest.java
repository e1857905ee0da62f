package io.insighta.bootstrap.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.application.contract.MutableClock;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Personal access tokens end to end on a real server and PostgreSQL: created from a session, shown
 * once, stored as a hash, used as a bearer on the read routes, and stopped at once by revocation or
 * expiry.
 */
class PersonalAccessTokenLifecycleTest {
  private static final MutableClock CLOCK =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private static ServerFixture server;
  private static TokenCalls calls;

  @BeforeAll
  static void start() {
    server = ServerFixture.start(Map.of(), CLOCK);
    server.demographics().knowName("ella", "female", 0.99, 34, "NG", 0.6);
    calls = new TokenCalls(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aReadTokenReadsEverythingAndItsSecretIsShownOnlyOnceAndStoredAsAHash() throws Exception {
    String admin = server.accessToken("test_code");
    String profileId = calls.createProfile(admin, "ella").json().at("/data/id").asText();
    String analyst = server.accessToken("analyst_test_code");

    HttpResult created = calls.create(analyst, "{\"name\":\"  nightly export  \"}");
    JsonNode token = created.json().path("data");
    String secret = token.path("token").asText();

    assertThat(created.status()).isEqualTo(201);
    assertThat(fieldNames(token))
        .containsExactly(
            "id", "name", "scope", "token", "created_at", "expires_at", "last_used_at");
    assertThat(token.path("name").asText()).isEqualTo("nightly export");
    assertThat(token.path("scope").asText()).isEqualTo("read");
    assertThat(secret).matches("insighta_pat_[A-Za-z0-9_-]{43}");
    assertThat(Instant.parse(token.path("expires_at").asText()))
        .isEqualTo(Instant.parse(token.path("created_at").asText()).plus(Duration.ofDays(30)));
    assertThat(token.path("last_used_at").isNull()).isTrue();

    for (String path :
        List.of(
            "/api/profiles",
            "/api/profiles/" + profileId,
            "/api/profiles/search?q=women%20from%20nigeria",
            "/api/profiles/stats",
            "/api/users/me")) {
      assertThat(server.get(path, secret).status()).as(path).isEqualTo(200);
    }
    HttpResult export = server.get("/api/profiles/export?format=csv", secret);
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body()).contains("ella");
    assertThat(server.get("/api/users/me", secret).json().at("/data/username").asText())
        .isEqualTo("insighta-test-analyst");

    HttpResult listed = calls.list(analyst);
    JsonNode entry = null;
    for (JsonNode listedToken : listed.json().path("data")) {
      if (listedToken.path("id").asText().equals(token.path("id").asText())) {
        entry = listedToken;
      }
    }
    assertThat(entry).as(listed.body()).isNotNull();
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.body()).doesNotContain(secret);
    assertThat(fieldNames(entry))
        .containsExactly("id", "name", "scope", "created_at", "expires_at", "last_used_at");
    assertThat(Instant.parse(entry.path("last_used_at").asText())).isEqualTo(CLOCK.instant());

    List<String> rows = storedRows(token.path("id").asText());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).isEqualTo(sha256Hex(secret));
    assertThat(rows.get(1)).doesNotContain(secret).doesNotContain(secret.substring(13));
  }

  @Test
  void revocationStopsATokenAtOnceAndOnlyItsOwnerOrAnAdminMayRevoke() {
    String admin = server.accessToken("test_code");
    String owner = calls.signIn(5001, "owner-ann").path("access_token").asText();
    String stranger = calls.signIn(5002, "stranger-sam").path("access_token").asText();
    JsonNode first = calls.created(owner, "{\"name\":\"first\"}");
    JsonNode second = calls.created(owner, "{\"name\":\"second\"}");
    String firstSecret = first.path("token").asText();

    HttpResult strangers = calls.revoke(stranger, first.path("id").asText());
    assertThat(strangers.status()).isEqualTo(404);
    assertThat(strangers.json().path("message").asText()).isEqualTo("Token not found");
    assertThat(calls.revoke(owner, "not-a-token-id").status()).isEqualTo(404);
    assertThat(calls.revoke(owner, "0190f5d2-1b2c-7a3b-8c4d-5e6f7a8b9c0d").status()).isEqualTo(404);
    assertThat(server.get("/api/profiles", firstSecret).status()).isEqualTo(200);

    HttpResult byAdmin = calls.revoke(admin, first.path("id").asText());
    HttpResult after = server.get("/api/profiles", firstSecret);

    assertThat(byAdmin.status()).isEqualTo(204);
    assertThat(byAdmin.body()).isEmpty();
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.json().path("message").asText()).isEqualTo("Invalid or expired token");
    assertThat(calls.revoke(admin, first.path("id").asText()).status()).isEqualTo(404);
    assertThat(calls.revoke(owner, second.path("id").asText()).status()).isEqualTo(204);
    assertThat(server.get("/api/profiles", second.path("token").asText()).status()).isEqualTo(401);
    assertThat(calls.list(owner).json().path("data").size()).isZero();
  }

  @Test
  void aTokenStopsAtItsExpiry() {
    String analyst = server.accessToken("analyst_test_code");
    String secret =
        calls.created(analyst, "{\"name\":\"short\",\"expires_in_days\":1}").path("token").asText();
    assertThat(server.get("/api/profiles", secret).status()).isEqualTo(200);

    CLOCK.advance(Duration.ofDays(1));
    HttpResult expired = server.get("/api/profiles", secret);

    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.json().path("message").asText()).isEqualTo("Invalid or expired token");
    String fresh = server.accessToken("analyst_test_code");
    assertThat(calls.list(fresh).body()).contains("\"name\":\"short\"");
  }

  @Test
  void badRequestsForATokenGetTheExactErrors() {
    String admin = server.accessToken("test_code");
    Map<String, Integer> bodies =
        Map.ofEntries(
            Map.entry("", 400),
            Map.entry("{}", 400),
            Map.entry("{\"name\":null}", 400),
            Map.entry("{\"name\":\"   \"}", 400),
            Map.entry("{\"scope\":\"write\"}", 400),
            Map.entry("{\"name\":5}", 422),
            Map.entry("{\"name\":\"" + "n".repeat(101) + "\"}", 422),
            Map.entry("{\"name\":\"tab\\tbed\"}", 422),
            Map.entry("{\"name\":\"ci\",\"scope\":\"admin\"}", 422),
            Map.entry("{\"name\":\"ci\",\"scope\":1}", 422),
            Map.entry("{\"name\":\"ci\",\"expires_in_days\":0}", 422),
            Map.entry("{\"name\":\"ci\",\"expires_in_days\":366}", 422),
            Map.entry("{\"name\":\"ci\",\"expires_in_days\":\"30\"}", 422),
            Map.entry("{\"name\":\"ci\",\"expires_in_days\":1.5}", 422),
            Map.entry("{\"name\":\"ci\",\"expires_in_days\":99999999999}", 422),
            Map.entry("[\"ci\"]", 422));
    List<String> failures = new ArrayList<>();
    bodies.forEach(
        (body, status) -> {
          HttpResult result = calls.create(admin, body);
          String message = status == 400 ? "Missing or empty name" : "Invalid query parameters";
          if (result.status() != status
              || !message.equals(result.json().path("message").asText())) {
            failures.add(body + " -> " + result.status() + " " + result.body());
          }
        });
    assertThat(failures).isEmpty();
    assertThat(calls.create(admin, "{\"name\":").json().path("message").asText())
        .isEqualTo("Invalid JSON body");

    JsonNode edge =
        calls.created(
            admin,
            "{\"name\":\"" + "n".repeat(100) + "\",\"scope\":\"write\",\"expires_in_days\":365}");
    assertThat(edge.path("scope").asText()).isEqualTo("write");
    assertThat(Instant.parse(edge.path("expires_at").asText()))
        .isEqualTo(Instant.parse(edge.path("created_at").asText()).plus(Duration.ofDays(365)));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The token's stored hash and its whole row as text, read straight from PostgreSQL. */
  private static List<String> storedRows(String id) throws SQLException {
    DataSource database = server.server().injector().getInstance(DataSource.class);
    try (Connection connection = database.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select token_hash, row_to_json(t)::text from personal_access_tokens t"
                    + " where id = ?::uuid")) {
      query.setString(1, id);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        return List.of(row.getString(1), row.getString(2));
      }
    }
  }

  private static String sha256Hex(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
