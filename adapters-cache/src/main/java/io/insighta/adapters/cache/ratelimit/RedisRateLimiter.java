package io.insighta.adapters.cache.ratelimit;

import io.insighta.adapters.cache.Digests;
import io.insighta.adapters.cache.LuaScript;
import io.insighta.adapters.cache.RedisGuard;
import io.insighta.adapters.cache.RedisUnavailableException;
import io.insighta.adapters.cache.StateChangeLog;
import io.insighta.application.memory.InMemoryRateLimiter;
import io.insighta.domain.user.RateDecision;
import io.insighta.domain.user.RateLimiter;
import io.insighta.domain.user.RateRule;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Fixed-window counters in Redis shared by every server instance: windows are aligned to the epoch
 * (window {@code n} covers {@code [n*w, (n+1)*w)}) and counted under {@code
 * insighta:rl:<bucket>:<w>s:<n>} by one Lua script, so concurrent requests on any instance never
 * exceed the permits. When Redis fails, decisions come from a per-process limiter until Redis
 * answers again; {@link #degraded()} says which is in use.
 */
public final class RedisRateLimiter implements RateLimiter {
  private static final int MAX_RAW_BUCKET_LENGTH = 128;

  // PTTL < 0 covers the first hit and a counter that somehow lost its expiry, so no key outlives
  // its window.
  private static final LuaScript CONSUME =
      new LuaScript(
          "local count = redis.call('INCR', KEYS[1])\n"
              + "if redis.call('PTTL', KEYS[1]) < 0 then\n"
              + "  redis.call('PEXPIRE', KEYS[1], ARGV[1])\n"
              + "end\n"
              + "return count");

  private final RedisGuard guard;
  private final Clock clock;
  private final InMemoryRateLimiter fallback;
  private final StateChangeLog degraded =
      new StateChangeLog(LoggerFactory.getLogger(RedisRateLimiter.class));

  public RedisRateLimiter(RedisGuard guard, Clock clock) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.fallback = new InMemoryRateLimiter(clock);
  }

  @Override
  public RateDecision consume(String bucketKey, RateRule rule) {
    long now = clock.millis();
    long window = rule.window().toMillis();
    long index = Math.floorDiv(now, window);
    long windowEnd = (index + 1) * window;
    String key =
        "insighta:rl:" + bucket(bucketKey) + ":" + rule.window().toSeconds() + "s:" + index;
    long count;
    try {
      Object reply =
          guard.call(
              redis -> CONSUME.run(redis, List.of(key), List.of(Long.toString(windowEnd - now))));
      if (!(reply instanceof Long counted)) {
        throw new RedisUnavailableException("unexpected rate-limit reply: " + reply, null);
      }
      count = counted;
    } catch (RedisUnavailableException e) {
      degraded.trouble("rate limiter degraded to per-process limits: {}", e.getMessage());
      return fallback.consume(bucketKey, rule);
    }
    degraded.recovered("rate limiter back on shared Redis limits");
    long resetSeconds = Math.max(1, (windowEnd - now + 999) / 1000);
    boolean allowed = count <= rule.permits();
    int remaining = (int) Math.max(0, rule.permits() - count);
    return new RateDecision(
        allowed, rule.permits(), remaining, resetSeconds, allowed ? 0 : resetSeconds);
  }

  /** True while decisions come from the per-process fallback instead of the shared counters. */
  public boolean degraded() {
    return degraded.inTrouble();
  }

  private static String bucket(String bucketKey) {
    // Bucket keys carry client input (IPs, ids); a long one is hashed so keys stay small.
    return bucketKey.length() <= MAX_RAW_BUCKET_LENGTH ? bucketKey : Digests.sha256(bucketKey);
  }
}
