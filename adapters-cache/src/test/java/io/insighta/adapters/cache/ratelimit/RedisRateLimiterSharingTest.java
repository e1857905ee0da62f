package io.insighta.adapters.cache.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.cache.RedisGuard;
import io.insighta.adapters.cache.RedisTestServer;
import io.insighta.application.contract.MutableClock;
import io.insighta.domain.user.RateDecision;
import io.insighta.domain.user.RateRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Limits shared by two instances, their keys, and the per-process fallback while Redis is down. */
class RedisRateLimiterSharingTest {
  private static final RateRule FIVE_A_MINUTE = new RateRule(5, Duration.ofMinutes(1));

  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:30Z");
  private final RedisTestServer server = RedisTestServer.embedded();
  private final RedisClient clientA = server.client();
  private final RedisClient clientB = server.client();
  private final RedisRateLimiter limiterA =
      new RedisRateLimiter(new RedisGuard(clientA, clock, Duration.ofSeconds(1)), clock);
  private final RedisRateLimiter limiterB =
      new RedisRateLimiter(new RedisGuard(clientB, clock, Duration.ofSeconds(1)), clock);
  private final String bucket = "user:" + UUID.randomUUID();

  @AfterEach
  void stopRedis() {
    clientA.close();
    clientB.close();
    server.close();
  }

  @Test
  void twoInstancesDrawFromOneBucketAndRefuseWithRetryAfter() {
    List<RateDecision> decisions = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      decisions.add((i % 2 == 0 ? limiterA : limiterB).consume(bucket, FIVE_A_MINUTE));
    }

    assertThat(decisions.subList(0, 5)).allMatch(RateDecision::allowed);
    assertThat(decisions.get(4).remaining()).isZero();
    RateDecision refused = decisions.get(5);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds()).isEqualTo(30);
    assertThat(limiterA.degraded()).isFalse();
  }

  @Test
  void theCounterExpiresWithItsWindow() {
    limiterA.consume(bucket, FIVE_A_MINUTE);

    String key = "insighta:rl:" + bucket + ":60s:" + (clock.millis() / 60_000);
    assertThat(clientA.get(key)).isEqualTo("1");
    assertThat(clientA.pttl(key)).isBetween(29_000L, 30_000L);
  }

  @Test
  void longBucketKeysAreHashed() {
    String hostile = "ip:" + "9".repeat(10_000);

    assertThat(limiterA.consume(hostile, FIVE_A_MINUTE).allowed()).isTrue();
    assertThat(clientA.keys("insighta:rl:*")).allMatch(key -> key.length() < 120);
  }

  @Test
  void whenRedisIsDownLimitsAreKeptPerProcessThenSharedAgainAfterRecovery() {
    limiterA.consume(bucket, FIVE_A_MINUTE);
    server.stop();

    List<RateDecision> degraded = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      degraded.add(limiterA.consume(bucket, FIVE_A_MINUTE));
    }

    assertThat(limiterA.degraded()).isTrue();
    assertThat(degraded.subList(0, 5)).allMatch(RateDecision::allowed);
    assertThat(degraded.get(5).allowed()).isFalse();
    assertThat(degraded.get(5).retryAfterSeconds()).isGreaterThanOrEqualTo(1);

    server.restart();
    clock.advance(Duration.ofSeconds(1));

    // Back on the shared counter, which remembers the one request counted before the outage.
    RateDecision shared = limiterA.consume(bucket, FIVE_A_MINUTE);
    assertThat(limiterA.degraded()).isFalse();
    assertThat(shared.allowed()).isTrue();
    assertThat(shared.remaining()).isEqualTo(3);
  }
}
