package io.insighta.bootstrap.scaleout;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A result and the wall-clock time it took, logged so a run shows the latencies it observed. */
record Timed<T>(T value, Duration took) {
  private static final Logger LOG = LoggerFactory.getLogger(Timed.class);

  static <T> Timed<T> measure(String what, Supplier<T> call) {
    long start = System.nanoTime();
    T value = call.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    LOG.info("latency {} ms: {}", took.toMillis(), what);
    return new Timed<>(value, took);
  }
}
