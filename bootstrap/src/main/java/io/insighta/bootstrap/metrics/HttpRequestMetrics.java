package io.insighta.bootstrap.metrics;

import io.insighta.adapters.http.server.pipeline.RequestObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code http.server.requests}: a timer with histogram buckets per method, route template and
 * status. Each timer is looked up once and kept, so a request costs one map lookup and one record.
 */
public final class HttpRequestMetrics implements RequestObserver {
  public static final String NAME = "http.server.requests";

  /** Bucket bounds around what this server answers in: sub-millisecond reads to slow exports. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(1),
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private final MeterRegistry registry;
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  public HttpRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void finished(String method, String route, int status, long durationNanos) {
    Key key = new Key(method, route, status);
    Timer timer = timers.get(key);
    if (timer == null) {
      timer = timers.computeIfAbsent(key, this::timer);
    }
    timer.record(durationNanos, TimeUnit.NANOSECONDS);
  }

  private Timer timer(Key key) {
    return Timer.builder(NAME)
        .description("HTTP requests served on the public port")
        .tag("method", key.method())
        .tag("route", key.route())
        .tag("status", Integer.toString(key.status()))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  private record Key(String method, String route, int status) {}
}
