package io.insighta.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.contract.MutableClock;
import io.insighta.application.contract.ProfileQueryCacheContract;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQueryCache;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryProfileQueryCacheTest extends ProfileQueryCacheContract {
  private static final Duration TTL = Duration.ofSeconds(60);
  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  private final InMemoryProfileQueryCache cache = new InMemoryProfileQueryCache(clock, TTL);

  @Override
  protected ProfileQueryCache cache() {
    return cache;
  }

  @Override
  protected ProfileQueryCache peer() {
    return cache;
  }

  @Test
  void entriesExpireWhenTheTtlHasPassed() {
    cache.storeCount(ProfileFilter.NONE, 7);

    clock.advance(TTL.minusMillis(1));
    assertThat(cache.findCount(ProfileFilter.NONE)).hasValue(7);

    clock.advance(Duration.ofMillis(1));
    assertThat(cache.findCount(ProfileFilter.NONE)).isEmpty();
  }
}
