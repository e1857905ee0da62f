package io.insighta.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.contract.MutableClock;
import io.insighta.application.contract.RateLimiterContract;
import io.insighta.domain.user.RateLimiter;
import io.insighta.domain.user.RateRule;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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

  @Test
  void aFloodOfNewKeysIsBoundedAndSharesOneOverflowWindow() {
    RateRule rule = RateRule.parse("2/1m");
    for (int i = 0; i < InMemoryRateLimiter.MAX_WINDOWS + 500; i++) {
      limiter.consume("auth:/auth/x:10.0." + i, rule);
    }

    assertThat(limiter.liveWindows()).isEqualTo(InMemoryRateLimiter.MAX_WINDOWS + 1);
    assertThat(limiter.consume("a-new-client", rule).allowed()).isFalse();
    assertThat(limiter.consume("auth:/auth/x:10.0.0", rule).allowed()).isTrue();
  }

  @Test
  void expiredWindowsAreSweptOnceTheMapGrows() {
    RateRule rule = RateRule.parse("5/1s");
    for (int i = 0; i < 20_000; i++) {
      limiter.consume("client-" + i, rule);
    }
    clock.advance(Duration.ofSeconds(2));

    limiter.consume("late", rule);

    assertThat(limiter.liveWindows()).isEqualTo(1);
  }
}
