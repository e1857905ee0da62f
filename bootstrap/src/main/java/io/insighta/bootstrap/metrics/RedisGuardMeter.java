package io.insighta.bootstrap.metrics;

import io.insighta.adapters.cache.RedisGuard;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;

/**
 * {@code insighta.redis.failing_open}: 1 while Redis does not answer and the server serves from
 * PostgreSQL with per-process limits, 0 while it answers; absent without {@code REDIS_URL}.
 */
public final class RedisGuardMeter {
  public static final String NAME = "insighta.redis.failing_open";

  public RedisGuardMeter(Optional<RedisGuard> redis, MeterRegistry registry) {
    redis.ifPresent(
        guard ->
            Gauge.builder(NAME, guard, g -> g.unavailable() ? 1 : 0)
                .description("1 while Redis is unavailable and the server fails open, else 0")
                .strongReference(true)
                .register(registry));
  }
}
