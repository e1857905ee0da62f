package io.insighta.adapters.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.contract.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class RedisGuardTest {
  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  private final RedisTestServer server = RedisTestServer.embedded();
  private final RedisClient client = server.client();
  private final RedisGuard guard = new RedisGuard(client, clock, Duration.ofSeconds(1));
  private final AtomicInteger attempts = new AtomicInteger();

  @AfterEach
  void stopRedis() {
    client.close();
    server.close();
  }

  private String ping() {
    return guard.call(
        redis -> {
          attempts.incrementAndGet();
          return redis.ping();
        });
  }

  @Test
  void afterAFailureRedisIsLeftAloneUntilTheRetryIntervalThenProbedOnce() {
    server.stop();
    assertThatThrownBy(this::ping).isInstanceOf(RedisUnavailableException.class);
    assertThat(guard.unavailable()).isTrue();

    clock.advance(Duration.ofMillis(999));
    assertThatThrownBy(this::ping).isInstanceOf(RedisUnavailableException.class);
    assertThat(attempts).hasValue(1);

    server.restart();
    clock.advance(Duration.ofMillis(1));

    assertThat(ping()).isEqualTo("PONG");
    assertThat(attempts).hasValue(2);
    assertThat(guard.unavailable()).isFalse();
  }

  @Test
  void anErrorAnswerFailsTheCallButIsNotAnOutage() {
    client.hset("insighta:test:hash", "f", "v");

    assertThatThrownBy(() -> guard.call(redis -> redis.incr("insighta:test:hash")))
        .isInstanceOf(RedisUnavailableException.class);

    assertThat(guard.unavailable()).isFalse();
    assertThat(ping()).isEqualTo("PONG");
  }

  @Test
  void anyOtherFailureIsWrappedSoCallersNeverSeeIt() {
    assertThatThrownBy(
            () ->
                guard.call(
                    redis -> {
                      throw new IllegalStateException("pool closed");
                    }))
        .isInstanceOf(RedisUnavailableException.class)
        .hasRootCauseMessage("pool closed");
  }
}
