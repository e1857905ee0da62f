package io.insighta.adapters.cache;

import io.insighta.application.health.ComponentHealth;
import io.insighta.application.health.HealthStatus;
import redis.clients.jedis.UnifiedJedis;

/**
 * Readiness of the shared cache: up when Redis answers PING within the client's socket timeout,
 * degraded otherwise. Not critical, because every Redis user in this module fails open.
 */
public final class RedisHealth implements ComponentHealth {
  private final UnifiedJedis redis;

  public RedisHealth(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public String name() {
    return "cache";
  }

  @Override
  public boolean critical() {
    return false;
  }

  @Override
  public HealthStatus check() {
    try {
      return "PONG".equalsIgnoreCase(redis.ping()) ? HealthStatus.UP : HealthStatus.DEGRADED;
    } catch (RuntimeException e) {
      // Any failure, Jedis's or a closed pool's, only degrades: the contract is never to throw.
      return HealthStatus.DEGRADED;
    }
  }
}
