package io.insighta.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Access-control hardening through the real server on PostgreSQL: HEAD obeys the roles of GET,
 * random auth paths share one bucket, anonymous API floods are limited before authentication, and
 * IPv6 clients are keyed by their /64.
 */
class AccessHardeningEndToEndTest {
  private ServerFixture server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void headOfAnAdminListIsRefusedToAnAnalystLikeItsGet() {
    server = ServerFixture.start();
    String analyst = server.accessToken("analyst_test_code");
    String admin = server.accessToken("test_code");

    for (String path : new String[] {"/api/users", "/api/audit"}) {
      assertThat(head(path, analyst).status()).as("HEAD %s as analyst", path).isEqualTo(403);
      assertThat(server.get(path, analyst).status()).as("GET %s as analyst", path).isEqualTo(403);
      HttpResult asAdmin = head(path, admin);
      assertThat(asAdmin.status()).as("HEAD %s as admin", path).isEqualTo(200);
      assertThat(asAdmin.body()).isEmpty();
    }
  }

  @Test
  void randomAuthPathsShareOneBucketThatLeavesTheRealRoutesAlone() {
    server = ServerFixture.start(Map.of("RATE_LIMIT_AUTH", "10/1m"), Clock.systemUTC());

    for (int i = 0; i < 10; i++) {
      assertThat(get("/auth/" + "x".repeat(200) + i).status()).isEqualTo(404);
    }
    HttpResult eleventh = get("/auth/another-made-up-path");

    assertThat(eleventh.status()).isEqualTo(429);
    assertThat(eleventh.header("Retry-After")).isNotBlank();
    assertThat(server.postJson("/auth/refresh", "{\"refresh_token\":\"nope\"}").status())
        .as("the refresh route keeps its own bucket")
        .isEqualTo(401);
  }

  @Test
  void anonymousApiRequestsAreLimitedPerAddressBeforeAuthenticationAndIpv6ByItsSlash64() {
    server =
        ServerFixture.start(
            Map.of("RATE_LIMIT_API", "3/1m", "INSIGHTA_TRUSTED_PROXIES", "127.0.0.1"),
            Clock.systemUTC());

    for (int i = 1; i <= 3; i++) {
      assertThat(anonymous("2001:db8:aa:bb::" + i).status()).isEqualTo(401);
    }
    HttpResult sameSlash64 = anonymous("2001:db8:aa:bb:ffff::1");
    HttpResult otherSlash64 = anonymous("2001:db8:aa:bc::1");

    assertThat(sameSlash64.status()).isEqualTo(429);
    assertThat(sameSlash64.json().get("message").asText()).isEqualTo("Too many requests");
    assertThat(otherSlash64.status()).isEqualTo(401);
  }

  private HttpResult head(String path, String token) {
    return server.send(
        HttpRequest.newBuilder(server.url(path))
            .header("Authorization", "Bearer " + token)
            .method("HEAD", HttpRequest.BodyPublishers.noBody()));
  }

  private HttpResult get(String path) {
    return server.send(HttpRequest.newBuilder(server.url(path)).GET());
  }

  private HttpResult anonymous(String forwardedFor) {
    return server.send(
        HttpRequest.newBuilder(server.url("/api/profiles"))
            .header("X-API-Version", "1")
            .header("X-Forwarded-For", forwardedFor)
            .GET());
  }
}
