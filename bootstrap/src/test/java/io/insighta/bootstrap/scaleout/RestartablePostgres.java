package io.insighta.bootstrap.scaleout;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A PostgreSQL server one test class owns and can stop and start again on the same port and data
 * directory, as an operator restarting the database would; zonky has no restart of its own.
 */
final class RestartablePostgres implements AutoCloseable {
  private final int port;
  private final Path dataDir;
  private EmbeddedPostgres postgres;
  private String jdbcUrl;

  private RestartablePostgres(int port, Path dataDir) {
    this.port = port;
    this.dataDir = dataDir;
  }

  static RestartablePostgres start() {
    RestartablePostgres server =
        new RestartablePostgres(FreePorts.next(), TempDirs.create("insighta-pg-"));
    server.restart();
    server.jdbcUrl = server.postgres.getJdbcUrl("postgres", "postgres");
    return server;
  }

  /** The URL of the {@code postgres} database, the same across restarts. */
  String jdbcUrl() {
    return jdbcUrl;
  }

  /** Shuts the server down ({@code pg_ctl stop -m fast}); its data stays on disk. */
  void stop() {
    try {
      postgres.close();
      postgres = null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server on its port over its data directory (initialising it the first time). */
  void restart() {
    try {
      postgres =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (postgres != null) {
      stop();
    }
    TempDirs.delete(dataDir);
  }
}
