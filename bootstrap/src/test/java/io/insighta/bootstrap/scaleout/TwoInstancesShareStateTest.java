package io.insighta.bootstrap.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.application.contract.MutableClock;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.SharedPostgres;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances A and B on one PostgreSQL and one real Redis behave as one service: sessions,
 * cached lists, rate limits, user changes and pending sign-ins are the same whichever instance a
 * request reaches.
 */
class TwoInstancesShareStateTest {
  private static TestRedis redis;
  private static Cluster cluster;
  private static Instance a;
  private static Instance b;

  @BeforeAll
  static void start() {
    redis = TestRedis.start();
    cluster =
        Cluster.start(
            SharedPostgres.freshDatabaseUrl(), redis.url(), Map.of("RATE_LIMIT_API", "60/1m"));
    a = cluster.a();
    b = cluster.b();
    cluster.demographics().knowName("Kwame", "male", 0.91, 17, "GH", 0.66);
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(cluster, redis);
  }

  @Test
  void aRefreshTokenRotatedOnBIsRejectedOnA() {
    String first = a.testLogin("test_code").get("refresh_token").asText();

    HttpResult rotated = b.refresh(first);
    assertThat(rotated.status()).isEqualTo(200);
    String second = rotated.json().get("refresh_token").asText();
    assertThat(second).isNotEqualTo(first);

    assertThat(a.refresh(first).status()).isEqualTo(401);
    // The reuse revoked the whole family, including the pair B issued.
    assertThat(a.refresh(second).status()).isEqualTo(401);
  }

  @Test
  void aLogoutOnAEndsTheSessionsAccessTokenOnBWithinTwoSeconds() {
    JsonNode session = a.testLogin("analyst_test_code");
    String access = session.get("access_token").asText();
    assertThat(b.get("/api/users/me", access).status())
        .as("B now holds the user copy")
        .isEqualTo(200);

    assertThat(a.logout(session.get("refresh_token").asText()).status()).isEqualTo(200);
    // B's copy of the user is at most 2 s old on the shared, hand-moved clock; once it is older,
    // the next request re-reads the user and checks the token's session.
    cluster.clock().advance(Duration.ofMillis(2_001));

    assertThat(b.get("/api/users/me", access).status()).isEqualTo(401);
  }

  @Test
  void aProfileCreatedOnAIsListedOnBWithinTheSameSecond() {
    String admin = a.accessToken("test_code");
    String list = "/api/profiles?country_id=gh&sort_by=age";
    assertThat(b.get(list, admin).header("X-Cache")).isEqualTo("MISS");
    HttpResult warm = b.get(list, admin);
    assertThat(warm.header("X-Cache")).isEqualTo("HIT");
    assertThat(warm.json().get("total").asLong()).isZero();

    HttpResult created = a.createProfile(admin, "Kwame");
    long createdAt = System.nanoTime();
    HttpResult listed =
        Timed.measure("list on B right after a create on A", () -> b.get(list, admin)).value();
    Duration sinceCreate = Duration.ofNanos(System.nanoTime() - createdAt);

    assertThat(created.status()).isEqualTo(201);
    assertThat(sinceCreate).isLessThan(Duration.ofSeconds(1));
    assertThat(listed.header("X-Cache")).isEqualTo("MISS");
    assertThat(listed.json().get("total").asLong()).isEqualTo(1);
    assertThat(listed.json().at("/data/0/id").asText())
        .isEqualTo(created.json().at("/data/id").asText());
    // B stored the fresh page; A serves it from the shared cache.
    HttpResult onA = a.get(list, admin);
    assertThat(onA.header("X-Cache")).isEqualTo("HIT");
    assertThat(onA.json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void aProfileDeletedOnAIsGoneOnBAlthoughBHadCachedIt() {
    String admin = a.accessToken("test_code");
    cluster.demographics().knowName("Adaeze", "female", 0.97, 29, "NG", 0.71);
    String path =
        "/api/profiles/" + a.createProfile(admin, "Adaeze").json().at("/data/id").asText();
    assertThat(b.get(path, admin).status()).isEqualTo(200);
    assertThat(a.get(path, admin).status()).isEqualTo(200);

    assertThat(a.delete(path, admin).status()).isEqualTo(204);

    HttpResult gone = b.get(path, admin);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get("message").asText()).isEqualTo("Profile not found");
  }

  @Test
  void aDeleteOnAForgetsOnlyThePagesOnBThatCouldHaveShownTheProfile() {
    String admin = a.accessToken("test_code");
    cluster.demographics().knowName("Chidi", "male", 0.96, 41, "NG", 0.74);
    cluster.demographics().knowName("Abena", "female", 0.93, 33, "GH", 0.69);
    String chidi =
        "/api/profiles/" + a.createProfile(admin, "Chidi").json().at("/data/id").asText();
    a.createProfile(admin, "Abena");
    String nigerianMen = "/api/profiles?gender=male&country_id=NG";
    String ghanaianWomen = "/api/profiles?gender=female&country_id=GH";
    long menBefore = b.get(nigerianMen, admin).json().get("total").asLong();
    b.get(ghanaianWomen, admin);
    assertThat(b.get(nigerianMen, admin).header("X-Cache")).isEqualTo("HIT");
    assertThat(b.get(ghanaianWomen, admin).header("X-Cache")).isEqualTo("HIT");

    assertThat(a.delete(chidi, admin).status()).isEqualTo(204);

    HttpResult men = b.get(nigerianMen, admin);
    assertThat(men.header("X-Cache")).isEqualTo("MISS");
    assertThat(men.json().get("total").asLong()).isEqualTo(menBefore - 1);
    assertThat(b.get(ghanaianWomen, admin).header("X-Cache")).isEqualTo("HIT");
  }

  @Test
  void equivalentSearchesOnDifferentInstancesShareOneCacheEntry() {
    String admin = a.accessToken("test_code");

    HttpResult first = a.get("/api/profiles/search?q=young%20males%20from%20ghana", admin);
    HttpResult second =
        b.get("/api/profiles/search?q=males%20from%20Ghana%20who%20are%20young", admin);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("X-Cache")).isEqualTo("MISS");
    assertThat(second.header("X-Cache")).isEqualTo("HIT");
    assertThat(second.json().get("data")).isEqualTo(first.json().get("data"));
  }

  @Test
  void aUserDeactivatedOnAIsRefusedOnBAtTheNextRequest() {
    String admin = a.accessToken("test_code");
    JsonNode analyst = b.testLogin("analyst_test_code");
    String analystToken = analyst.get("access_token").asText();
    String analystUser = "/api/users/" + analyst.at("/user/id").asText();
    // B has just authenticated the analyst, so it holds a recent copy of the user.
    assertThat(b.get("/api/profiles", analystToken).status()).isEqualTo(200);
    try {
      assertThat(a.patchJson(analystUser, admin, "{\"is_active\":false}").status()).isEqualTo(200);

      HttpResult refused = b.get("/api/profiles", analystToken);
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.json().get("message").asText()).isEqualTo("Account is deactivated");
    } finally {
      assertThat(a.patchJson(analystUser, admin, "{\"is_active\":true}").status()).isEqualTo(200);
    }
    assertThat(b.get("/api/profiles", analystToken).status()).isEqualTo(200);
  }

  @Test
  void sixtyRequestsSpreadOverBothInstancesExhaustOneUsersLimit() {
    // Start at the beginning of a one-minute window: Redis expires the counter in real time, after
    // what is left of the window by the hand-moved clock.
    MutableClock clock = cluster.clock();
    clock.set(clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)));
    String analyst = a.accessToken("analyst_test_code");
    for (int i = 1; i <= 60; i++) {
      Instance target = i % 2 == 0 ? b : a;
      assertThat(target.get("/api/profiles", analyst).status())
          .as("request %d on %s", i, target.name())
          .isEqualTo(200);
    }

    HttpResult refused = a.get("/api/profiles", analyst);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.json().get("message").asText()).isEqualTo("Too many requests");
    assertThat(refused.header("Retry-After")).isEqualTo("60");
    assertThat(b.get("/api/profiles", analyst).status()).isEqualTo(429);

    clock.advance(Duration.ofSeconds(60));
    assertThat(b.get("/api/profiles", analyst).status()).isEqualTo(200);
  }

  @Test
  void aSignInStartedOnACompletesOnBAndOnlyOnce() {
    cluster.github().registerUser(4242, "octo", "octo@example.com");
    HttpResult begun = a.get("/auth/github");
    assertThat(begun.status()).isEqualTo(302);
    String stateCookie = cookie(begun, "oauth_state");
    URI authorize = URI.create(begun.header("Location"));
    String state = queryParameter(authorize, "state");
    assertThat(stateCookie).isEqualTo(state);

    // The user approves at GitHub, which sends the browser back with a code.
    HttpResult approved = a.send(HttpRequest.newBuilder(authorize).GET());
    URI returned = URI.create(approved.header("Location"));
    String callback =
        "/auth/github/callback?code="
            + encode(queryParameter(returned, "code"))
            + "&state="
            + encode(queryParameter(returned, "state"));

    HttpResult completed = b.send(withStateCookie(b.url(callback), state));
    assertThat(completed.status()).isEqualTo(302);
    assertThat(completed.headers().allValues("Set-Cookie"))
        .anyMatch(header -> header.startsWith("access_token=") && header.length() > 20);

    HttpResult replayed = a.send(withStateCookie(a.url(callback), state));
    assertThat(replayed.status()).isEqualTo(400);
    assertThat(replayed.json().get("message").asText()).isEqualTo("Invalid or expired state");
  }

  private static HttpRequest.Builder withStateCookie(URI url, String state) {
    return HttpRequest.newBuilder(url).header("Cookie", "oauth_state=" + state).GET();
  }

  private static String cookie(HttpResult result, String name) {
    return result.headers().allValues("Set-Cookie").stream()
        .filter(header -> header.startsWith(name + "="))
        .map(header -> header.substring(name.length() + 1).split(";", 2)[0])
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + result.headers()));
  }

  private static String queryParameter(URI uri, String name) {
    for (String pair : uri.getRawQuery().split("&", -1)) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + uri);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
