package io.insighta.bootstrap.metrics;

import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;

/** The public server's Jetty thread pool ({@code jetty.threads.*}): busy, idle, queued, limits. */
public final class JettyPoolMeters {

  private JettyPoolMeters() {}

  /** Binds before the server starts: the pool is created with the server, not at start. */
  public static void bind(Javalin server, MeterRegistry registry) {
    new JettyServerThreadPoolMetrics(server.jettyServer().server().getThreadPool(), Tags.empty())
        .bindTo(registry);
  }
}
