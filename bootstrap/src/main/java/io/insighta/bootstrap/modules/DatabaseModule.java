package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.insighta.adapters.persistence.DataSourceFactory;
import io.insighta.adapters.persistence.DatabaseUrl;
import io.insighta.adapters.persistence.FlywayMigrator;
import io.insighta.bootstrap.Lifecycle;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.db.EmbeddedDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The migrated PostgreSQL data source: the configured server, or an embedded one. */
public final class DatabaseModule extends AbstractModule {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseModule.class);

  @Provides
  @Singleton
  DataSource dataSource(Settings settings, Lifecycle lifecycle, MeterRegistry registry) {
    DatabaseUrl url =
        settings
            .databaseUrl()
            .map(DatabaseUrl::parse)
            .orElseGet(() -> embedded(settings, lifecycle));
    int applied = migrate(url);
    HikariDataSource dataSource =
        lifecycle.register(
            DataSourceFactory.create(url, settings.dbPoolSize(), settings.dbStatementTimeout()));
    dataSource.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    LOG.info("database ready at {} ({} migrations applied)", url, applied);
    return dataSource;
  }

  /**
   * Migrates over two connections of its own, without the statement timeout: a migration may
   * rebuild an index of a large table, and a pool's connections must never keep a lifted timeout.
   */
  private static int migrate(DatabaseUrl url) {
    try (HikariDataSource migrations =
        DataSourceFactory.create(url, 2, DataSourceFactory.NO_STATEMENT_TIMEOUT)) {
      return new FlywayMigrator(migrations).migrate();
    }
  }

  private static DatabaseUrl embedded(Settings settings, Lifecycle lifecycle) {
    LOG.info("no DATABASE_URL: starting embedded PostgreSQL in {}", settings.dataDir());
    EmbeddedDatabase database = lifecycle.register(EmbeddedDatabase.start(settings.dataDir()));
    return DatabaseUrl.parse(database.jdbcUrl());
  }
}
