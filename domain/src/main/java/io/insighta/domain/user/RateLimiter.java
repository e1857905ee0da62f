package io.insighta.domain.user;

/**
 * Out-port: counts requests per bucket key (a client IP and route, or a user) against a rule.
 * Implementations are thread-safe; distributed ones share the counts across server instances.
 */
public interface RateLimiter {

  /** Takes one permit from the bucket if one is left. */
  RateDecision consume(String bucketKey, RateRule rule);
}
