package io.insighta.application.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ready when every critical component is up; non-critical trouble is only reported. */
public final class CheckReadinessService {
  private final List<ComponentHealth> components;

  public CheckReadinessService(List<ComponentHealth> components) {
    this.components = List.copyOf(components);
  }

  public ReadinessReport check() {
    Map<String, HealthStatus> statuses = new LinkedHashMap<>();
    boolean ready = true;
    for (ComponentHealth component : components) {
      HealthStatus status = component.check();
      statuses.put(component.name(), status);
      if (component.critical() && status == HealthStatus.DOWN) {
        ready = false;
      }
    }
    return new ReadinessReport(ready, statuses);
  }
}
