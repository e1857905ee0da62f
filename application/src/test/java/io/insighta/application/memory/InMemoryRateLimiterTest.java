package io.insighta.application.memory;

import io.insighta.application.contract.MutableClock;
import io.insighta.application.contract.RateLimiterContract;
import io.insighta.domain.user.RateLimiter;
import java.time.Duration;

class InMemoryRateLimiterTest extends RateLimiterContract {
  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);

  @Override
  protected RateLimiter limiter() {
    return limiter;
  }

  @Override
  protected void advance(Duration duration) {
    clock.advance(duration);
  }
}
