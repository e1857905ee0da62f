package io.insighta.adapters.http.server.health;

import io.insighta.application.health.CheckReadinessService;
import io.insighta.application.health.ReadinessReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /health} (the process is up) and {@code GET /health/ready} (it can serve). */
public final class HealthRoutes {

  private final CheckReadinessService readiness;

  public HealthRoutes(CheckReadinessService readiness) {
    this.readiness = readiness;
  }

  public void register(RoutesConfig routes) {
    routes.get("/health", ctx -> ctx.json(HealthResponse.ok(null)));
    routes.get("/health/ready", this::ready);
  }

  private void ready(Context ctx) {
    ReadinessReport report = readiness.check();
    Map<String, String> components = new TreeMap<>();
    report.components().forEach((name, status) -> components.put(name, status.code()));
    if (report.ready()) {
      ctx.json(HealthResponse.ok(components));
    } else {
      ctx.status(503).json(HealthResponse.notReady(components));
    }
  }
}
