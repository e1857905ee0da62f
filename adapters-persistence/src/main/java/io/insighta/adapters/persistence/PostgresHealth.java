package io.insighta.adapters.persistence;

import io.insighta.application.health.ComponentHealth;
import io.insighta.application.health.HealthStatus;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Readiness of the database: a pooled connection that answers within a second. */
public final class PostgresHealth implements ComponentHealth {
  private static final int VALID_WITHIN_SECONDS = 1;
  private final DataSource dataSource;

  public PostgresHealth(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String name() {
    return "database";
  }

  @Override
  public boolean critical() {
    return true;
  }

  @Override
  public HealthStatus check() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALID_WITHIN_SECONDS) ? HealthStatus.UP : HealthStatus.DOWN;
    } catch (SQLException | RuntimeException e) {
      return HealthStatus.DOWN;
    }
  }
}
