package io.insighta.adapters.cache.ratelimit;

import io.insighta.adapters.cache.RedisTestServer;
import io.insighta.application.contract.MutableClock;
import io.insighta.application.contract.RateLimiterContract;
import io.insighta.domain.user.RateLimiter;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The rate-limiter contract against a real redis-server. */
class RedisRateLimiterTest extends RateLimiterContract {
  private static RedisTestServer server;
  private static MutableClock clock;
  private static RedisRateLimiter limiter;

  @BeforeAll
  static void startRedis() {
    server = RedisTestServer.start();
    clock = MutableClock.at("2026-04-01T12:00:00Z");
    limiter = new RedisRateLimiter(server.guard(clock), clock);
  }

  @AfterAll
  static void stopRedis() {
    server.close();
  }

  @Override
  protected RateLimiter limiter() {
    return limiter;
  }

  @Override
  protected void advance(Duration duration) {
    clock.advance(duration);
  }
}
