package io.insighta.bootstrap.metrics;

import io.insighta.adapters.http.server.management.ManagementApi;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management listener serving {@code /metrics} on {@code MANAGEMENT_HOST}:{@code
 * MANAGEMENT_PORT}; without a management port nothing is started and nothing listens.
 */
public final class ManagementListener implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ManagementListener.class);

  private final OptionalInt port;
  private final String host;
  private final Optional<PrometheusMeterRegistry> prometheus;
  private Javalin server;

  public ManagementListener(
      OptionalInt port, String host, Optional<PrometheusMeterRegistry> prometheus) {
    if (port.isPresent() != prometheus.isPresent()) {
      throw new IllegalArgumentException("a management port needs the Prometheus registry");
    }
    this.port = port;
    this.host = host;
    this.prometheus = prometheus;
  }

  /** Starts listening when a management port is configured. */
  public synchronized void start() {
    if (port.isEmpty() || server != null) {
      return;
    }
    server = new ManagementApi(prometheus.get()::scrape).create().start(host, port.getAsInt());
    String shownHost = host.contains(":") ? "[" + host + "]" : host;
    LOG.info(
        "metrics served at http://{}:{}{}", shownHost, server.port(), ManagementApi.METRICS_PATH);
  }

  /** The port the listener is bound to, once started; empty when there is none. */
  public synchronized OptionalInt boundPort() {
    return server == null ? OptionalInt.empty() : OptionalInt.of(server.port());
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
