package io.insighta.adapters.http.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.user.RateRule;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimitHttpTest {

  private static AuthServer withDefaultRates(List<String> trustedProxies) {
    return new AuthServer(
        settings ->
            settings
                .withRates(RateRule.parse("10/1m"), RateRule.parse("60/1m"))
                .withTrustedProxies(trustedProxies));
  }

  @Test
  void the61stApiRequestOfAUserIs429AndOtherUsersAreUnaffected() {
    try (AuthServer server = withDefaultRates(List.of())) {
      Browser client = server.browser();
      String ada = "Bearer " + Logins.cli(server, "ada").path("access_token").asText();
      String bob = "Bearer " + Logins.cli(server, "bob").path("access_token").asText();
      for (int i = 0; i < 60; i++) {
        assertThat(client.get("/api/users/me", "Authorization", ada).status()).isEqualTo(200);
      }

      Resp limited = client.get("/api/users/me", "Authorization", ada);

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.body())
          .isEqualTo("{\"status\":\"error\",\"message\":\"Too many requests\"}");
      assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
      assertThat(limited.header("RateLimit-Limit")).isEqualTo("60");
      assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
      assertThat(client.get("/api/users/me", "Authorization", bob).status()).isEqualTo(200);
      server.clock.advance(Duration.ofSeconds(61));
      assertThat(client.get("/api/users/me", "Authorization", ada).status()).isEqualTo(200);
    }
  }

  @Test
  void the11thRequestToOneAuthRouteIs429WhileOtherAuthRoutesHaveTheirOwnBucket() {
    try (AuthServer server = withDefaultRates(List.of())) {
      Browser client = server.browser();
      for (int i = 0; i < 10; i++) {
        assertThat(client.get("/auth/github").status()).isEqualTo(302);
      }

      Resp limited = client.get("/auth/github");

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isNotNull();
      assertThat(client.post("/auth/refresh", "{}").status()).isEqualTo(401);
    }
  }

  @Test
  void spoofedForwardedForFromAnUntrustedPeerDoesNotChangeTheBucket() {
    try (AuthServer server = withDefaultRates(List.of())) {
      Browser client = server.browser();
      for (int i = 0; i < 10; i++) {
        client.get("/auth/github", "X-Forwarded-For", "203.0.113." + i);
      }

      Resp limited = client.get("/auth/github", "X-Forwarded-For", "198.51.100.77");

      assertThat(limited.status()).isEqualTo(429);
    }
  }

  @Test
  void forwardedForFromATrustedProxyNamesTheClient() {
    try (AuthServer server = withDefaultRates(List.of("127.0.0.1", "10.0.0.0/8"))) {
      Browser client = server.browser();
      for (int i = 0; i < 10; i++) {
        client.get("/auth/github", "X-Forwarded-For", "spoofed, 203.0.113.5, 10.1.2.3");
      }

      Resp sameClient = client.get("/auth/github", "X-Forwarded-For", "203.0.113.5");
      Resp otherClient = client.get("/auth/github", "X-Forwarded-For", "203.0.113.6");

      assertThat(sameClient.status()).isEqualTo(429);
      assertThat(otherClient.status()).isEqualTo(302);
    }
  }

  @Test
  void pathsThatAreNotAuthRoutesShareOneBucketPerClient() {
    try (AuthServer server = withDefaultRates(List.of())) {
      Browser client = server.browser();
      for (int i = 0; i < 10; i++) {
        assertThat(client.get("/auth/" + "x".repeat(100) + i).status()).isEqualTo(404);
      }

      Resp limited = client.get("/auth/yet-another-" + "y".repeat(2000));

      assertThat(limited.status()).isEqualTo(429);
      assertThat(client.get("/auth/github").status()).isEqualTo(302);
    }
  }

  @Test
  void unauthenticatedApiRequestsAreLimitedPerAddressBeforeTheir401() {
    try (AuthServer server = withDefaultRates(List.of())) {
      Browser client = server.browser();
      String ada = "Bearer " + Logins.cli(server, "ada").path("access_token").asText();
      for (int i = 0; i < 30; i++) {
        assertThat(client.get("/api/users/me").status()).isEqualTo(401);
        assertThat(client.get("/api/users/me", "Authorization", "Bearer forged." + i).status())
            .isEqualTo(401);
      }

      Resp limited = client.get("/api/users/me");

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isNotNull();
      assertThat(client.get("/api/users/me", "Authorization", ada).status()).isEqualTo(200);
    }
  }

  @Test
  void anIpv6ClientIsKeyedByItsSlash64() {
    try (AuthServer server = withDefaultRates(List.of("127.0.0.1", "::1"))) {
      Browser client = server.browser();
      for (int i = 1; i <= 10; i++) {
        client.get("/auth/github", "X-Forwarded-For", "2001:db8:1:2::" + Integer.toHexString(i));
      }

      Resp sameBlock = client.get("/auth/github", "X-Forwarded-For", "2001:db8:1:2:ffff::1");
      Resp otherBlock = client.get("/auth/github", "X-Forwarded-For", "2001:db8:1:3::1");

      assertThat(sameBlock.status()).isEqualTo(429);
      assertThat(otherBlock.status()).isEqualTo(302);
    }
  }
}
