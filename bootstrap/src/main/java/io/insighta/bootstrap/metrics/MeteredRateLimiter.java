package io.insighta.bootstrap.metrics;

import io.insighta.domain.user.RateDecision;
import io.insighta.domain.user.RateLimiter;
import io.insighta.domain.user.RateRule;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts refused requests ({@code insighta.rate_limit.rejections}) by {@code scope}: {@code auth}
 * for the per-address auth buckets, {@code api} for the per-user and per-address API buckets.
 */
public final class MeteredRateLimiter implements RateLimiter {
  public static final String NAME = "insighta.rate_limit.rejections";

  /** The HTTP adapter names every auth bucket with this prefix. */
  private static final String AUTH_BUCKET_PREFIX = "auth:";

  private final RateLimiter limiter;
  private final Counter auth;
  private final Counter api;

  public MeteredRateLimiter(RateLimiter limiter, MeterRegistry registry) {
    this.limiter = limiter;
    this.auth = counter(registry, "auth");
    this.api = counter(registry, "api");
  }

  @Override
  public RateDecision consume(String bucketKey, RateRule rule) {
    RateDecision decision = limiter.consume(bucketKey, rule);
    if (!decision.allowed()) {
      (bucketKey.startsWith(AUTH_BUCKET_PREFIX) ? auth : api).increment();
    }
    return decision;
  }

  private static Counter counter(MeterRegistry registry, String scope) {
    return Counter.builder(NAME)
        .description("Requests refused with 429 by the rate limiter")
        .tag("scope", scope)
        .register(registry);
  }
}
