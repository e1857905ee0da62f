package io.insighta.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.health.HealthStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The client honours the URL's password and database, and a wrong password only degrades. */
class RedisClientFactoryTest {
  private final RedisTestServer server = RedisTestServer.embedded("requirepass s3cr3t");
  private final String hostPort = server.url().substring("redis://".length());

  @AfterEach
  void stopRedis() {
    server.close();
  }

  private static RedisClient client(String url) {
    return RedisClientFactory.create(RedisConnectionSettings.fromUrl(url));
  }

  @Test
  void logsInWithThePasswordAndUsesTheDatabaseOfTheUrl() {
    try (RedisClient db3 = client("redis://:s3cr3t@" + hostPort + "/3");
        RedisClient db0 = client("redis://:s3cr3t@" + hostPort)) {
      db3.set("insighta:test:where", "three");

      assertThat(db3.get("insighta:test:where")).isEqualTo("three");
      assertThat(db0.get("insighta:test:where")).isNull();
    }
  }

  @Test
  void aWrongPasswordIsReportedAsDegradedNotThrown() {
    try (RedisClient wrong = client("redis://:wrong@" + hostPort)) {
      assertThat(new RedisHealth(wrong).check()).isEqualTo(HealthStatus.DEGRADED);
    }
  }
}
