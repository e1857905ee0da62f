package io.insighta.adapters.http.server.support;

import io.insighta.application.health.ComponentHealth;
import io.insighta.application.health.HealthStatus;

/** A component whose health a test sets. */
public final class MutableHealth implements ComponentHealth {

  private final String name;
  private final boolean critical;
  private volatile HealthStatus status = HealthStatus.UP;

  public MutableHealth(String name, boolean critical) {
    this.name = name;
    this.critical = critical;
  }

  public void set(HealthStatus status) {
    this.status = status;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean critical() {
    return critical;
  }

  @Override
  public HealthStatus check() {
    return status;
  }
}
