package io.insighta.application.memory;

import io.insighta.domain.user.RateDecision;
import io.insighta.domain.user.RateLimiter;
import io.insighta.domain.user.RateRule;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window counter per bucket key in this process: a window opens at a key's first request
 * and allows {@code permits} requests until it ends. Thread-safe through {@code compute}.
 */
public final class InMemoryRateLimiter implements RateLimiter {
  private static final int PURGE_THRESHOLD = 10_000;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  public InMemoryRateLimiter(Clock clock) {
    this.clock = clock;
  }

  private record Window(long endMillis, int count) {}

  @Override
  public RateDecision consume(String bucketKey, RateRule rule) {
    long now = clock.millis();
    if (windows.size() > PURGE_THRESHOLD) {
      windows.values().removeIf(window -> window.endMillis() <= now);
    }
    long windowMillis = rule.window().toMillis();
    Window window =
        windows.compute(
            bucketKey,
            (key, current) ->
                current == null || current.endMillis() <= now
                    ? new Window(now + windowMillis, 1)
                    : new Window(current.endMillis(), current.count() + 1));
    long resetSeconds = Math.max(1, ceilSeconds(window.endMillis() - now));
    boolean allowed = window.count() <= rule.permits();
    int remaining = Math.max(0, rule.permits() - window.count());
    return new RateDecision(
        allowed, rule.permits(), remaining, resetSeconds, allowed ? 0 : resetSeconds);
  }

  private static long ceilSeconds(long millis) {
    return (millis + 999) / 1000;
  }
}
