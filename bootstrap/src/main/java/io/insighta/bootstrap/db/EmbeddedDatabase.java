package io.insighta.bootstrap.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** A PostgreSQL server run from the data directory, so data survives restarts of the process. */
public final class EmbeddedDatabase implements AutoCloseable {
  /** How long a server left by an earlier run gets to shut down before it is killed. */
  static final Duration STALE_SERVER_PATIENCE = Duration.ofSeconds(10);

  private final EmbeddedPostgres postgres;
  private final Optional<PostmasterWatchdog> watchdog;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Optional<PostmasterWatchdog> watchdog) {
    this.postgres = postgres;
    this.watchdog = watchdog;
  }

  public static EmbeddedDatabase start(Path dataDir) {
    try {
      Path pgData = dataDir.resolve("postgres").toAbsolutePath().normalize();
      Files.createDirectories(pgData);
      if (Files.exists(pgData.resolve("PG_VERSION"))) {
        DataDirectoryLock.whileFree(
            pgData, () -> StalePostmaster.stop(pgData, STALE_SERVER_PATIENCE));
      }
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(30))
              .setServerConfig("max_connections", "50")
              // zonky is made for throw-away test databases: it passes -F (fsync off) and turns
              // synchronous_commit off. These come later on the command line, so they win.
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .start();
      Optional<PostmasterWatchdog> watchdog =
          PostmasterPid.read(pgData).flatMap(pid -> PostmasterWatchdog.start(pid.pid(), pgData));
      return new EmbeddedDatabase(postgres, watchdog);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL in " + dataDir, e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      watchdog.ifPresent(PostmasterWatchdog::close);
    }
  }
}
