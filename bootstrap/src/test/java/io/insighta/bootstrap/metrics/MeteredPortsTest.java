package io.insighta.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.adapters.cache.RedisClientFactory;
import io.insighta.adapters.cache.RedisConnectionSettings;
import io.insighta.adapters.cache.RedisGuard;
import io.insighta.adapters.cache.RedisUnavailableException;
import io.insighta.application.memory.InMemoryRateLimiter;
import io.insighta.domain.user.RateRule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class MeteredPortsTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void requestsAreTimedPerMethodRouteAndStatusWithOneTimerEach() {
    HttpRequestMetrics metrics = new HttpRequestMetrics(registry);

    metrics.finished("GET", "/api/profiles/{id}", 200, Duration.ofMillis(3).toNanos());
    metrics.finished("GET", "/api/profiles/{id}", 200, Duration.ofMillis(7).toNanos());
    metrics.finished("GET", "/api/profiles/{id}", 404, Duration.ofMillis(1).toNanos());

    Timer ok =
        registry
            .get(HttpRequestMetrics.NAME)
            .tags("method", "GET", "route", "/api/profiles/{id}", "status", "200")
            .timer();
    assertThat(ok.count()).isEqualTo(2);
    assertThat(ok.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(10.0);
    assertThat(registry.get(HttpRequestMetrics.NAME).timers()).hasSize(2);
  }

  @Test
  void refusalsAreCountedByScope() {
    MeteredRateLimiter limiter =
        new MeteredRateLimiter(new InMemoryRateLimiter(Clock.systemUTC()), registry);
    RateRule one = RateRule.parse("1/1m");

    limiter.consume("auth:callback:10.0.0.1", one);
    limiter.consume("auth:callback:10.0.0.1", one);
    limiter.consume("api:user:u-1", one);
    limiter.consume("api:user:u-1", one);
    limiter.consume("api:user:u-1", one);

    assertThat(rejections("auth")).isEqualTo(1);
    assertThat(rejections("api")).isEqualTo(2);
  }

  private double rejections(String scope) {
    return registry.get(MeteredRateLimiter.NAME).tag("scope", scope).counter().count();
  }

  @Test
  void theRedisGaugeSaysWhenTheServerFailsOpen() {
    try (RedisClient client =
        RedisClientFactory.create(RedisConnectionSettings.fromUrl("redis://127.0.0.1:1"))) {
      RedisGuard guard = new RedisGuard(client, Clock.systemUTC(), Duration.ofMinutes(1));
      new RedisGuardMeter(Optional.of(guard), registry);
      assertThat(registry.get(RedisGuardMeter.NAME).gauge().value()).isZero();

      assertThatThrownBy(() -> guard.call(redis -> redis.get("k")))
          .isInstanceOf(RedisUnavailableException.class);

      assertThat(registry.get(RedisGuardMeter.NAME).gauge().value()).isEqualTo(1.0);
    }
  }
}
