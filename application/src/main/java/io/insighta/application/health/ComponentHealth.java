package io.insighta.application.health;

/** Out-port: one dependency's health; critical ones make the server not ready when down. */
public interface ComponentHealth {

  String name();

  boolean critical();

  /** Never throws: a failed check is reported as {@link HealthStatus#DOWN} or DEGRADED. */
  HealthStatus check();
}
