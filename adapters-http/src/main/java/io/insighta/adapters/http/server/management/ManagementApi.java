package io.insighta.adapters.http.server.management;

import io.insighta.adapters.http.server.error.ErrorMapping;
import io.insighta.adapters.http.server.error.JettyJsonErrors;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.Objects;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The management listener's server: {@code GET /metrics} in the Prometheus text format and the JSON
 * error body for everything else. It runs apart from the public server, on its own port and a small
 * thread pool, so it is reachable only where the operator binds it.
 */
public final class ManagementApi {
  public static final String METRICS_PATH = "/metrics";
  public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  /** A scrape every few seconds needs one worker; the rest are Jetty's acceptor and selector. */
  private static final int MAX_THREADS = 6;

  private static final int MIN_THREADS = 2;

  private final Supplier<String> metricsText;

  public ManagementApi(Supplier<String> metricsText) {
    this.metricsText = Objects.requireNonNull(metricsText, "metricsText");
  }

  /** A new server; the caller starts it on the management host and port, and stops it. */
  public Javalin create() {
    return Javalin.create(this::configure);
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
    threads.setName("management");
    config.jetty.threadPool = threads;
    config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyJsonErrors()));
    new ErrorMapping().register(config.routes);
    config.routes.get(
        METRICS_PATH,
        ctx ->
            ctx.contentType(PROMETHEUS_TEXT)
                .header("Cache-Control", "no-store")
                .result(metricsText.get()));
  }
}
