package io.insighta.bootstrap.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server that an earlier run of this data directory left behind (its JVM was
 * killed before it could stop it), so that the embedded database can start on the directory again.
 */
final class StalePostmaster {
  private static final Logger LOG = LoggerFactory.getLogger(StalePostmaster.class);
  private static final Duration POLL = Duration.ofMillis(50);

  private StalePostmaster() {}

  /**
   * Stops the server {@code postmaster.pid} names if it is a postgres serving {@code pgData}:
   * SIGTERM (a shutdown that writes a checkpoint), then SIGKILL after {@code patience}. A PID file
   * whose process is gone but not reaped is removed, since PostgreSQL would mistake the zombie for
   * a running server.
   */
  static void stop(Path pgData, Duration patience) {
    Optional<PostmasterPid> found = PostmasterPid.read(pgData);
    if (found.isEmpty() || !found.get().serves(pgData)) {
      return;
    }
    long pid = found.get().pid();
    if (LiveProcesses.isRunning(pid)) {
      if (!isPostgresOn(pid, pgData)) {
        return; // the PID now belongs to another program; PostgreSQL reports that itself
      }
      LOG.warn("PostgreSQL (PID {}) from an earlier run still serves {}: stopping it", pid, pgData);
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
      if (!awaitGone(pid, pgData, patience)) {
        LOG.warn("PostgreSQL (PID {}) did not stop within {}: killing it", pid, patience);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        awaitGone(pid, pgData, patience);
      }
    }
    if (!LiveProcesses.isRunning(pid)) {
      deleteIfPresent(pgData.resolve(PostmasterPid.FILE_NAME));
    }
  }

  private static boolean isPostgresOn(long pid, Path pgData) {
    List<String> command = LiveProcesses.commandLine(pid);
    boolean postgres = !command.isEmpty() && Path.of(command.get(0)).endsWith("postgres");
    String dir = pgData.toAbsolutePath().normalize().toString();
    return postgres && command.stream().anyMatch(argument -> argument.equals(dir));
  }

  /** Waits, bounded, until the server exits or removes its PID file (its last act on shutdown). */
  private static boolean awaitGone(long pid, Path pgData, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    Path pidFile = pgData.resolve(PostmasterPid.FILE_NAME);
    while (LiveProcesses.isRunning(pid) && Files.exists(pidFile)) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  private static void deleteIfPresent(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
