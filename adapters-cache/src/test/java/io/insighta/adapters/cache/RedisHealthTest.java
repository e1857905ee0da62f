package io.insighta.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.health.HealthStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisHealthTest {
  private final RedisTestServer server = RedisTestServer.embedded();
  private final RedisClient client = server.client();
  private final RedisHealth health = new RedisHealth(client);

  @AfterEach
  void stopRedis() {
    client.close();
    server.close();
  }

  @Test
  void isANonCriticalComponentNamedCache() {
    assertThat(health.name()).isEqualTo("cache");
    assertThat(health.critical()).isFalse();
  }

  @Test
  void upWhileRedisAnswersDegradedQuicklyWhenItStopsAndUpAgainAfterARestart() {
    assertThat(health.check()).isEqualTo(HealthStatus.UP);

    server.stop();
    long start = System.nanoTime();
    assertThat(health.check()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

    server.restart();
    assertThat(health.check()).isEqualTo(HealthStatus.UP);
  }
}
