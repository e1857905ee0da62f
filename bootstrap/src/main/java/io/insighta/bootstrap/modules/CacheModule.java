package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.adapters.cache.RedisClientFactory;
import io.insighta.adapters.cache.RedisConnectionSettings;
import io.insighta.adapters.cache.RedisGuard;
import io.insighta.adapters.cache.RedisHealth;
import io.insighta.adapters.cache.login.RedisLoginStateStore;
import io.insighta.adapters.cache.query.RedisProfileQueryCache;
import io.insighta.adapters.cache.ratelimit.RedisRateLimiter;
import io.insighta.adapters.cache.user.RedisUserVersions;
import io.insighta.adapters.persistence.PostgresPersistence;
import io.insighta.application.health.ComponentHealth;
import io.insighta.application.health.HealthStatus;
import io.insighta.application.memory.InMemoryProfileQueryCache;
import io.insighta.application.memory.InMemoryRateLimiter;
import io.insighta.application.memory.InMemoryUserVersions;
import io.insighta.bootstrap.Lifecycle;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.metrics.MeteredProfileQueryCache;
import io.insighta.domain.query.ProfileQueryCache;
import io.insighta.domain.user.LoginStateStore;
import io.insighta.domain.user.RateLimiter;
import io.insighta.domain.user.UserVersions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.RedisClient;

/**
 * The shared-state ports: with {@code REDIS_URL} the query cache, rate limiter, user version stamps
 * and login states live in Redis; without it the first three are per process and login states in
 * PostgreSQL.
 */
public final class CacheModule extends AbstractModule {

  @Provides
  @Singleton
  Optional<RedisClient> redisClient(Settings settings, Lifecycle lifecycle) {
    return settings
        .redisUrl()
        .map(
            url ->
                lifecycle.register(
                    RedisClientFactory.create(RedisConnectionSettings.fromUrl(url.toString()))));
  }

  @Provides
  @Singleton
  Optional<RedisGuard> redis(Optional<RedisClient> client, Clock clock) {
    return client.map(c -> new RedisGuard(c, clock, RedisGuard.DEFAULT_RETRY_INTERVAL));
  }

  @Provides
  @Singleton
  ProfileQueryCache queryCache(
      Optional<RedisGuard> redis, Settings settings, Clock clock, MeterRegistry registry) {
    ProfileQueryCache cache =
        redis
            .<ProfileQueryCache>map(guard -> new RedisProfileQueryCache(guard, settings.cacheTtl()))
            .orElseGet(() -> new InMemoryProfileQueryCache(clock, settings.cacheTtl()));
    return new MeteredProfileQueryCache(cache, registry);
  }

  @Provides
  @Singleton
  RateLimiter rateLimiter(Optional<RedisGuard> redis, Clock clock) {
    return redis
        .<RateLimiter>map(guard -> new RedisRateLimiter(guard, clock))
        .orElseGet(() -> new InMemoryRateLimiter(clock));
  }

  @Provides
  @Singleton
  UserVersions userVersions(Optional<RedisGuard> redis) {
    return redis.<UserVersions>map(RedisUserVersions::new).orElseGet(InMemoryUserVersions::new);
  }

  @Provides
  @Singleton
  LoginStateStore loginStates(
      Optional<RedisGuard> redis, Clock clock, PostgresPersistence persistence) {
    return redis
        .<LoginStateStore>map(guard -> new RedisLoginStateStore(guard, clock))
        .orElseGet(persistence::loginStateStore);
  }

  /** What /health/ready reports about the cache; never critical, since Redis fails open. */
  @Provides
  @Singleton
  List<ComponentHealth> cacheHealth(Optional<RedisClient> redis, RateLimiter limiter) {
    if (redis.isEmpty()) {
      return List.of();
    }
    return List.of(new RedisHealth(redis.get()), new LimiterHealth(limiter));
  }

  /** Reports the limiter as degraded while it runs on per-process counts. */
  private record LimiterHealth(RateLimiter limiter) implements ComponentHealth {
    @Override
    public String name() {
      return "rate_limiter";
    }

    @Override
    public boolean critical() {
      return false;
    }

    @Override
    public HealthStatus check() {
      boolean degraded =
          limiter instanceof RedisRateLimiter redisLimiter && redisLimiter.degraded();
      return degraded ? HealthStatus.DEGRADED : HealthStatus.UP;
    }
  }
}
