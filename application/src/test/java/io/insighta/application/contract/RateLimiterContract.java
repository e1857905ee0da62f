package io.insighta.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.user.RateDecision;
import io.insighta.domain.user.RateLimiter;
import io.insighta.domain.user.RateRule;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link RateLimiter} must do; subclasses supply the limiter and a way to move time. */
public abstract class RateLimiterContract {
  private static final RateRule TEN_A_MINUTE = new RateRule(10, Duration.ofMinutes(1));

  protected abstract RateLimiter limiter();

  /** Moves the limiter's notion of time forward. */
  protected abstract void advance(Duration duration);

  private static String key() {
    return "test:" + UUID.randomUUID();
  }

  @Test
  void allowsThePermitsThenRefusesWithRetryAfter() {
    String key = key();
    for (int i = 1; i <= 10; i++) {
      RateDecision decision = limiter().consume(key, TEN_A_MINUTE);
      assertThat(decision.allowed()).isTrue();
      assertThat(decision.remaining()).isEqualTo(10 - i);
      assertThat(decision.limit()).isEqualTo(10);
    }

    RateDecision refused = limiter().consume(key, TEN_A_MINUTE);

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
    assertThat(refused.resetSeconds()).isBetween(1L, 60L);
  }

  @Test
  void bucketsAreIndependent() {
    String busy = key();
    for (int i = 0; i < 11; i++) {
      limiter().consume(busy, TEN_A_MINUTE);
    }

    assertThat(limiter().consume(key(), TEN_A_MINUTE).allowed()).isTrue();
  }

  @Test
  void windowEndRestoresThePermits() {
    String key = key();
    for (int i = 0; i < 11; i++) {
      limiter().consume(key, TEN_A_MINUTE);
    }

    advance(Duration.ofSeconds(61));

    RateDecision decision = limiter().consume(key, TEN_A_MINUTE);
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.remaining()).isEqualTo(9);
  }

  @Test
  void concurrentRequestsNeverExceedThePermits() throws Exception {
    String key = key();

    List<RateDecision> decisions = Concurrently.run(20, i -> limiter().consume(key, TEN_A_MINUTE));

    assertThat(decisions).filteredOn(RateDecision::allowed).hasSize(10);
  }
}
