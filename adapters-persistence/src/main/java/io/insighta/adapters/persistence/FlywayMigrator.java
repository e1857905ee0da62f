package io.insighta.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings the schema up to date from the SQL migrations on the classpath. */
public final class FlywayMigrator {
  static final String LOCATION = "classpath:db/migration";
  private final DataSource dataSource;

  public FlywayMigrator(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Applies every pending migration; returns how many ran (0 when already up to date). Flyway holds
   * two connections at once on PostgreSQL, so the pool needs at least two.
   */
  public int migrate() {
    return Flyway.configure(FlywayMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
