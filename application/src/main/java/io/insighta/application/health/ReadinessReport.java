package io.insighta.application.health;

import java.util.Map;

/** Whether the server can serve requests, with each component's status by name. */
public record ReadinessReport(boolean ready, Map<String, HealthStatus> components) {
  public ReadinessReport {
    components = Map.copyOf(components);
  }
}
