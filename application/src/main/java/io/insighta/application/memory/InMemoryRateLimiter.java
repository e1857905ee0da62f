package io.insighta.application.memory;

import io.insighta.domain.user.RateDecision;
import io.insighta.domain.user.RateLimiter;
import io.insighta.domain.user.RateRule;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed-window counter per bucket key in this process: a window opens at a key's first request
 * and allows {@code permits} requests until it ends. Thread-safe through {@code compute}. Memory is
 * bounded: expired windows are swept at most once a second, and once {@link #MAX_WINDOWS} are live,
 * new keys share one overflow window, so a flood of new keys is limited as one client.
 */
public final class InMemoryRateLimiter implements RateLimiter {
  static final int MAX_WINDOWS = 100_000;
  static final String OVERFLOW_KEY = "overflow";
  private static final int PURGE_THRESHOLD = 10_000;
  private static final long PURGE_INTERVAL_MILLIS = 1_000;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final AtomicLong nextPurgeMillis = new AtomicLong();
  private final Clock clock;

  public InMemoryRateLimiter(Clock clock) {
    this.clock = clock;
  }

  private record Window(long endMillis, int count) {}

  @Override
  public RateDecision consume(String bucketKey, RateRule rule) {
    long now = clock.millis();
    if (windows.size() > PURGE_THRESHOLD) {
      purgeExpired(now);
    }
    String bucket =
        windows.size() >= MAX_WINDOWS && !windows.containsKey(bucketKey) ? OVERFLOW_KEY : bucketKey;
    long windowMillis = rule.window().toMillis();
    Window window =
        windows.compute(
            bucket,
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

  int liveWindows() {
    return windows.size();
  }

  private void purgeExpired(long now) {
    long due = nextPurgeMillis.get();
    if (now >= due && nextPurgeMillis.compareAndSet(due, now + PURGE_INTERVAL_MILLIS)) {
      windows.values().removeIf(window -> window.endMillis() <= now);
    }
  }

  private static long ceilSeconds(long millis) {
    return (millis + 999) / 1000;
  }
}
