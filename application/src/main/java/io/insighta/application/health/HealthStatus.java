package io.insighta.application.health;

import java.util.Locale;

/** The state of one component. */
public enum HealthStatus {
  UP,
  DEGRADED,
  DOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
