package io.insighta.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.application.contract.MutableClock;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions end: at {@code SESSION_MAX_AGE} however often they were refreshed, and at logout or
 * reuse detection their access tokens stop working within two seconds, not at their expiry.
 */
class SessionEndTest {
  private static final Duration PAST_CACHED_COPY = Duration.ofMillis(2_100);
  private final MutableClock clock =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private final ServerFixture server =
      ServerFixture.start(
          Map.of("SESSION_MAX_AGE", "10m", "REFRESH_TOKEN_TTL", "5m", "ACCESS_TOKEN_TTL", "3m"),
          clock);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aSessionRefreshedOnTimeStillEndsAtItsMaximumAge() {
    String refresh = signIn().path("refresh_token").asText();
    clock.advance(Duration.ofMinutes(4));
    refresh = refreshed(refresh).path("refresh_token").asText();
    clock.advance(Duration.ofMinutes(4));
    refresh = refreshed(refresh).path("refresh_token").asText();
    clock.advance(Duration.ofMinutes(2).plusSeconds(1));

    HttpResult late = refresh(refresh);

    assertThat(late.status()).isEqualTo(401);
    assertThat(late.json().path("message").asText()).isEqualTo("Invalid or expired token");
  }

  @Test
  void logoutStopsTheSessionsAccessTokenWithinTwoSeconds() {
    JsonNode session = signIn();
    String access = session.path("access_token").asText();
    assertThat(me(access).status()).isEqualTo(200);

    HttpResult logout =
        server.postJson(
            "/auth/logout",
            "{\"refresh_token\":\"" + session.path("refresh_token").asText() + "\"}");
    clock.advance(PAST_CACHED_COPY);

    assertThat(logout.status()).isEqualTo(200);
    assertThat(me(access).status()).isEqualTo(401);
  }

  @Test
  void reuseDetectionStopsTheSessionsAccessTokensWithinTwoSeconds() {
    JsonNode session = signIn();
    String stolen = session.path("refresh_token").asText();
    JsonNode rotated = refreshed(stolen);
    String access = rotated.path("access_token").asText();
    assertThat(me(access).status()).isEqualTo(200);

    assertThat(refresh(stolen).status()).isEqualTo(401);
    clock.advance(PAST_CACHED_COPY);

    assertThat(me(access).status()).isEqualTo(401);
    assertThat(me(session.path("access_token").asText()).status()).isEqualTo(401);
  }

  private JsonNode signIn() {
    HttpResult result = server.postJson("/auth/cli/callback", "{\"code\":\"analyst_test_code\"}");
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    return result.json();
  }

  private JsonNode refreshed(String refreshToken) {
    HttpResult result = refresh(refreshToken);
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    return result.json();
  }

  private HttpResult refresh(String refreshToken) {
    return server.postJson("/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}");
  }

  private HttpResult me(String accessToken) {
    return server.get("/api/users/me", accessToken);
  }
}
