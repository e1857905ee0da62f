package io.insighta.bootstrap.blackbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.PackagedServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What an automated grader or a new user meets first, spoken only in HTTP to the packaged jar in
 * its zero-config mode (embedded PostgreSQL, demo data, test login on, {@code HOME} set).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlackBoxSmokeIT {
  private static final String JSON = "application/json";
  private static final String FORM = "application/x-www-form-urlencoded";
  private static Path home;
  private static final Duration START = Duration.ofSeconds(120);
  private static int port;
  private static PackagedServer server;
  private static String adminToken;

  @BeforeAll
  static void start() throws IOException {
    home = Files.createTempDirectory("insighta-home-");
    port = freePort();
    server =
        PackagedServer.start(
            Map.of(
                "HOME", home.toString(),
                "INSIGHTA_TEST_LOGIN", "true",
                "PORT", Integer.toString(port)));
    server.awaitListening(START);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void healthAnswersWithCorsForEveryOrigin() {
    HttpResult health = Http.get(server.url("/health"), "Origin", "https://grader.example");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("ok");
    assertThat(health.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  @Order(2)
  void theZeroConfigDataDirectoryIsUnderHome() {
    assertThat(home.resolve(Path.of(".insighta", "server", "postgres"))).isDirectory();
  }

  @Test
  @Order(3)
  void testLoginAnswersTheTokenBodyOnEveryVerbOfBothCallbacks() {
    HttpResult postedJson =
        Http.post(server.url("/auth/github/callback"), JSON, "{\"code\":\"test_code\"}");
    HttpResult postedForm =
        Http.post(server.url("/auth/github/callback"), FORM, "code=analyst_test_code");
    HttpResult query = Http.get(server.url("/auth/github/callback?code=test_code"));
    HttpResult cli = Http.post(server.url("/auth/cli/callback"), JSON, "{\"code\":\"test_code\"}");

    assertTokenBody(postedJson, "admin");
    assertTokenBody(postedForm, "analyst");
    assertTokenBody(query, "admin");
    assertTokenBody(cli, "admin");
    adminToken = postedJson.json().path("access_token").asText();
  }

  @Test
  @Order(4)
  void aPostedCallbackWithAnyOtherCodeIsAnInvalidState() {
    HttpResult other =
        Http.post(server.url("/auth/github/callback"), JSON, "{\"code\":\"not-a-test-code\"}");

    assertThat(other.status()).isEqualTo(400);
    assertThat(other.json().path("status").asText()).isEqualTo("error");
    assertThat(other.json().path("message").asText()).isEqualTo("Invalid or expired state");
  }

  @Test
  @Order(5)
  void theSignedInUserReadsItself() {
    HttpResult me =
        Http.get(server.url("/api/users/me"), "Authorization", bearer(), "Origin", "https://x.y");

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("data").path("role").asText()).isEqualTo("admin");
    assertThat(me.json().path("user")).isEqualTo(me.json().path("data"));
    assertThat(me.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  @Order(6)
  void profilesNeedTheVersionHeader() {
    HttpResult missing = Http.get(server.url("/api/profiles"), "Authorization", bearer());
    HttpResult other =
        Http.get(server.url("/api/profiles"), "Authorization", bearer(), "X-API-Version", "2");

    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("message").asText()).isEqualTo("API version header required");
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.json().path("message").asText()).isEqualTo("Unsupported API version");
  }

  @Test
  @Order(7)
  void aFilteredListHoldsOnlyMatchingProfilesInOrder() {
    JsonNode page =
        api("/api/profiles?gender=male&country_id=ng&min_age=25&sort_by=age&order=desc&limit=50");

    assertThat(page.path("total").asInt()).isPositive();
    List<Integer> ages = new ArrayList<>();
    for (JsonNode profile : page.path("data")) {
      assertThat(profile.path("gender").asText()).isEqualTo("male");
      assertThat(profile.path("country_id").asText()).isEqualTo("NG");
      ages.add(profile.path("age").asInt());
    }
    assertThat(ages).isNotEmpty().allMatch(age -> age >= 25).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  @Order(8)
  void aNaturalLanguageSearchAppliesItsFilters() {
    JsonNode page = api("/api/profiles/search?q=young%20males%20from%20nigeria&limit=50");

    assertThat(page.path("total").asInt()).isPositive();
    for (JsonNode profile : page.path("data")) {
      assertThat(profile.path("gender").asText()).isEqualTo("male");
      assertThat(profile.path("country_id").asText()).isEqualTo("NG");
      assertThat(profile.path("age").asInt()).isBetween(16, 24);
    }
  }

  @Test
  @Order(9)
  void aBrowserOnAnotherHostNameIsSentToThePublicUrlAndNotesAreNotServed() {
    HttpResult page = Http.get(server.url("/login.html"), "Accept", "text/html");
    HttpResult grader = Http.get(server.url("/auth/github"));
    HttpResult notes = Http.get(server.url("/TESTING.md"));

    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).isEqualTo("http://localhost:" + port + "/login.html");
    assertThat(grader.status()).as("no GitHub app: answered here, not redirected").isEqualTo(503);
    assertThat(notes.status()).isEqualTo(404);
    assertThat(notes.json().path("status").asText()).isEqualTo("error");
  }

  @Test
  @Order(10)
  void theEleventhRequestToAnAuthRouteInAMinuteIsRefused() {
    List<Integer> statuses = new ArrayList<>();
    HttpResult last = null;
    for (int i = 0; i < 11; i++) {
      last = Http.post(server.url("/auth/refresh"), JSON, "{\"refresh_token\":\"nope\"}");
      statuses.add(last.status());
    }

    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.json().path("message").asText()).isEqualTo("Too many requests");
    assertThat(last.header("Retry-After")).matches("[1-9][0-9]*");
  }

  @Test
  @Order(11)
  void everyBadSettingIsReportedAtOnceWithExitCodeTwoAndNoSecret() {
    PackagedServer.Finished run =
        PackagedServer.run(
            Map.of(
                "HOME", home.toString(),
                "PORT", "eighty",
                "DATABASE_URL", "mysql://admin:hunter2-db@db/app",
                "REDIS_URL", "http://:hunter2-redis@cache:6379",
                "PORTAL_URL", "javascript:alert(1)",
                "INSIGHTA_TRUSTED_PROXIES", "not-an-ip"),
            Duration.ofSeconds(60));

    assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
    assertThat(run.output())
        .contains("PORT", "DATABASE_URL", "REDIS_URL", "PORTAL_URL", "INSIGHTA_TRUSTED_PROXIES")
        .doesNotContain("hunter2");
  }

  @Test
  @Order(12)
  void aSecondServerOnTheSameDataDirectoryStopsWithAClearMessageAndTheFirstKeepsServing() {
    PackagedServer.Finished second =
        PackagedServer.run(Map.of("HOME", home.toString(), "PORT", "0"), Duration.ofSeconds(60));

    assertThat(second.exitCode()).as(second.output()).isEqualTo(1);
    assertThat(second.output())
        .contains("another Insighta server is running on the embedded database")
        .doesNotContain("Unable to create injector");
    assertThat(api("/api/profiles?limit=1").path("total").asInt()).isPositive();
  }

  /** The public URL's port must be known before start, so the redirect it names can be checked. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static JsonNode api(String pathAndQuery) {
    HttpResult result =
        Http.get(server.url(pathAndQuery), "Authorization", bearer(), "X-API-Version", "1");
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    return result.json();
  }

  private static String bearer() {
    assertThat(adminToken).as("signed in by an earlier step").isNotNull();
    return "Bearer " + adminToken;
  }

  private static void assertTokenBody(HttpResult result, String role) {
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    JsonNode body = result.json();
    assertThat(body.path("status").asText()).isEqualTo("success");
    assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.path("access_token").asText()).isNotEmpty();
    assertThat(body.path("refresh_token").asText()).isNotEmpty();
    assertThat(body.path("expires_in").asInt()).isPositive();
    assertThat(body.path("user").path("role").asText()).isEqualTo(role);
  }
}
