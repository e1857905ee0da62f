package io.insighta.bootstrap.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.application.contract.MutableClock;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a personal access token may not do, end to end: go beyond its scope or its owner's current
 * role, outlive its owner's deactivation, act as a session credential, manage tokens or users, or
 * escape its owner's {@code /api} rate limit.
 */
class PersonalAccessTokenLimitsTest {
  private static final MutableClock CLOCK =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private static ServerFixture server;
  private static TokenCalls calls;

  @BeforeAll
  static void start() {
    server =
        ServerFixture.start(
            Map.of("RATE_LIMIT_API", "60/1m", "INSIGHTA_ADMIN_LOGINS", "octo-admin"), CLOCK);
    server.demographics().knowName("ella", "female", 0.99, 34, "NG", 0.6);
    server.demographics().knowName("zoe", "female", 0.97, 29, "KE", 0.4);
    calls = new TokenCalls(server);
  }

  /** Every test starts in a fresh rate-limit window. */
  @BeforeEach
  void nextWindow() {
    CLOCK.advance(Duration.ofSeconds(61));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aReadTokenNeverWritesAndAnAnalystGetsNoWriteToken() {
    String analyst = server.accessToken("analyst_test_code");
    String admin = server.accessToken("test_code");
    String analystRead = calls.created(analyst, "{\"name\":\"read\"}").path("token").asText();
    String adminRead = calls.created(admin, "{\"name\":\"read\"}").path("token").asText();

    HttpResult writeForAnalyst = calls.create(analyst, "{\"name\":\"w\",\"scope\":\"write\"}");

    assertThat(writeForAnalyst.status()).isEqualTo(403);
    assertThat(writeForAnalyst.json().path("message").asText())
        .isEqualTo("The write scope requires the admin role");
    assertThat(calls.createProfile(analystRead, "ella").status()).isEqualTo(403);
    HttpResult adminsRead = calls.createProfile(adminRead, "ella");
    assertThat(adminsRead.status()).isEqualTo(403);
    assertThat(adminsRead.json().path("message").asText()).isEqualTo("Forbidden");
    assertThat(
            server
                .send(
                    server
                        .api("/api/profiles/0190f5d2-1b2c-7a3b-8c4d-5e6f7a8b9c0d", adminRead)
                        .DELETE())
                .status())
        .isEqualTo(403);
  }

  @Test
  void anAdminsWriteTokenStopsWritingOnceTheOwnerIsDemoted() {
    JsonNode octo = calls.signIn(6001, "octo-admin");
    assertThat(octo.at("/user/role").asText()).isEqualTo("admin");
    String write =
        calls
            .created(octo.path("access_token").asText(), "{\"name\":\"w\",\"scope\":\"write\"}")
            .path("token")
            .asText();
    assertThat(calls.createProfile(write, "zoe").status()).isEqualTo(201);

    calls.updateUser(
        server.accessToken("test_code"), octo.at("/user/id").asText(), "{\"role\":\"analyst\"}");

    assertThat(calls.createProfile(write, "ella").status()).isEqualTo(403);
    assertThat(server.get("/api/profiles", write).status()).isEqualTo(200);
  }

  @Test
  void aDeactivatedOwnersTokenIsRefused() {
    JsonNode carol = calls.signIn(6002, "carol");
    String secret =
        calls
            .created(carol.path("access_token").asText(), "{\"name\":\"r\"}")
            .path("token")
            .asText();
    assertThat(server.get("/api/profiles", secret).status()).isEqualTo(200);

    calls.updateUser(
        server.accessToken("test_code"), carol.at("/user/id").asText(), "{\"is_active\":false}");
    HttpResult refused = server.get("/api/profiles", secret);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("message").asText()).isEqualTo("Account is deactivated");
  }

  @Test
  void aTokenIsNoSessionAndManagesNeitherTokensNorUsers() {
    String admin = server.accessToken("test_code");
    JsonNode token = calls.created(admin, "{\"name\":\"w\",\"scope\":\"write\"}");
    String secret = token.path("token").asText();

    HttpResult me = server.get("/auth/me", secret);
    HttpResult refresh = server.postJson("/auth/refresh", "{\"refresh_token\":\"" + secret + "\"}");
    assertThat(me.status()).isEqualTo(401);
    assertThat(me.json().path("message").asText()).isEqualTo("Invalid or expired token");
    assertThat(refresh.status()).isEqualTo(401);

    for (HttpResult forbidden :
        new HttpResult[] {
          calls.list(secret),
          calls.create(secret, "{\"name\":\"more\"}"),
          calls.revoke(secret, token.path("id").asText()),
          server.get("/api/users", secret),
          server.send(
              server
                  .api(
                      "/api/users/"
                          + server.get("/api/users/me", secret).json().at("/data/id").asText(),
                      secret)
                  .header("Content-Type", "application/json")
                  .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"role\":\"admin\"}")))
        }) {
      assertThat(forbidden.status()).as(forbidden.body()).isEqualTo(403);
      assertThat(forbidden.json().path("message").asText()).isEqualTo("Forbidden");
    }
    assertThat(server.get("/api/profiles", secret).status()).isEqualTo(200);
  }

  @Test
  void theOwnersSixtyFirstApiRequestInAMinuteIsRefusedWhicheverCredentialMakesIt() {
    String owner = calls.signIn(6003, "busy-bea").path("access_token").asText();
    String secret = calls.created(owner, "{\"name\":\"loop\"}").path("token").asText();
    for (int request = 2; request <= 60; request++) {
      assertThat(server.get("/api/profiles", secret).status())
          .as("request %d", request)
          .isEqualTo(200);
    }

    HttpResult limited = server.get("/api/profiles", secret);

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().path("message").asText()).isEqualTo("Too many requests");
    assertThat(limited.header("Retry-After")).isNotNull();
    assertThat(server.get("/api/profiles", owner).status()).isEqualTo(429);
    assertThat(server.get("/api/profiles", server.accessToken("analyst_test_code")).status())
        .isEqualTo(200);
  }
}
