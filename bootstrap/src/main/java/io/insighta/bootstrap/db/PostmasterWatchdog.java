package io.insighta.bootstrap.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small shell process that stops the embedded PostgreSQL when this JVM ends in any way, also by
 * {@code kill -9}: it blocks reading a pipe only this JVM writes to, which the kernel closes when
 * the JVM dies, and then shuts the server down (SIGINT, a fast shutdown with a checkpoint; SIGKILL
 * if it is still running ten seconds later).
 */
final class PostmasterWatchdog implements AutoCloseable {
  /** Its {@code $0}, so that it can be told apart in a process list. */
  static final String NAME = "insighta-postgres-watchdog";

  private static final Logger LOG = LoggerFactory.getLogger(PostmasterWatchdog.class);

  // SIGINT/HUP/TERM are ignored so that a Ctrl-C to the terminal's process group leaves it armed;
  // only end of input (this JVM gone or closing) sets it off.
  private static final String SCRIPT =
      """
      trap '' INT HUP TERM
      read -r _
      kill -INT "$1" 2>/dev/null || exit 0
      i=0
      while [ -f "$2/postmaster.pid" ] && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i+1)); done
      [ -f "$2/postmaster.pid" ] && kill -KILL "$1" 2>/dev/null
      exit 0
      """;

  private final Process process;

  private PostmasterWatchdog(Process process) {
    this.process = process;
  }

  /** Arms a watchdog over {@code pid}; empty, with a warning, where there is no POSIX shell. */
  static Optional<PostmasterWatchdog> start(long pid, Path pgData) {
    try {
      Process process =
          new ProcessBuilder("/bin/sh", "-c", SCRIPT, NAME, Long.toString(pid), pgData.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      return Optional.of(new PostmasterWatchdog(process));
    } catch (IOException e) {
      LOG.warn("no watchdog for PostgreSQL (PID {}): {}", pid, e.getMessage());
      return Optional.empty();
    }
  }

  long pid() {
    return process.pid();
  }

  /** Disarms it once the server has been stopped: closing its input lets it exit at once. */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
