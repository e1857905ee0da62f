package io.insighta.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.PackagedServer;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kill -9} of the packaged server: its embedded PostgreSQL goes down with it, and the next
 * start on the same data directory comes up at once with every confirmed write, also when the
 * watchdog was killed too and a leftover server still holds the directory.
 */
class KilledServerRestartIT {
  private static final Logger LOG = LoggerFactory.getLogger(KilledServerRestartIT.class);
  private static final Duration FIRST_START = Duration.ofSeconds(60);
  private static final Duration RESTART = Duration.ofSeconds(15);
  private static final Duration POSTMASTER_GONE = Duration.ofSeconds(15);

  @TempDir Path dataDir;

  @AfterEach
  void stopLeftoverPostgres() {
    PostmasterPid.read(pgData())
        .flatMap(pid -> ProcessHandle.of(pid.pid()))
        .ifPresent(ProcessHandle::destroyForcibly);
  }

  @Test
  void killedServerTakesItsDatabaseDownAndRestartsWithItsWrites() throws Exception {
    long postmaster;
    try (PackagedServer first = PackagedServer.start(dataDir)) {
      first.awaitListening(FIRST_START);
      importOne(first, "Durable Dora");
      postmaster = postmasterPid();

      first.kill();
    }

    awaitStopped(postmaster, POSTMASTER_GONE);
    assertRestartsWith(postmaster, "Durable Dora");
  }

  @Test
  void leftoverDatabaseOfAKilledServerAndWatchdogIsStoppedByTheNextStart() throws Exception {
    long postmaster;
    ProcessHandle watchdog;
    try (PackagedServer first = PackagedServer.start(dataDir)) {
      first.awaitListening(FIRST_START);
      importOne(first, "Stubborn Sam");
      postmaster = postmasterPid();
      watchdog = watchdogOf(first).orElseThrow();

      watchdog.destroyForcibly();
      first.kill();
    }

    awaitStopped(watchdog.pid(), POSTMASTER_GONE);
    assertThat(LiveProcesses.isRunning(postmaster)).as("PostgreSQL outlived its server").isTrue();
    assertRestartsWith(postmaster, "Stubborn Sam");
  }

  private void assertRestartsWith(long oldPostmaster, String name) throws Exception {
    long started = System.nanoTime();
    try (PackagedServer second = PackagedServer.start(dataDir)) {
      second.awaitListening(RESTART);
      LOG.info("restart after kill -9 took {} ms", (System.nanoTime() - started) / 1_000_000);
      assertThat(LiveProcesses.isRunning(oldPostmaster)).as("the old PostgreSQL").isFalse();
      HttpResult listed =
          second.send(
              api(second, "/api/profiles", token(second)).header("Cache-Control", "no-cache"));
      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.json().get("total").asLong()).isEqualTo(1);
      assertThat(listed.json().at("/data/0/name").asText()).isEqualTo(name);
    }
  }

  private static void importOne(PackagedServer server, String name) {
    String csv =
        "name,gender,gender_probability,age,country_id,country_probability\n"
            + name
            + ",female,0.9,30,KE,0.5\n";
    HttpResult imported =
        server.send(
            api(server, "/api/profiles/import", token(server))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    assertThat(imported.json().at("/data/inserted").asLong()).isEqualTo(1);
  }

  private static String token(PackagedServer server) {
    HttpResult login =
        server.send(
            server
                .request("/auth/cli/callback")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"test_code\"}")));
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    return login.json().get("access_token").asText();
  }

  private static HttpRequest.Builder api(PackagedServer server, String path, String token) {
    return server
        .request(path)
        .header("Authorization", "Bearer " + token)
        .header("X-API-Version", "1");
  }

  private static Optional<ProcessHandle> watchdogOf(PackagedServer server) {
    return server
        .handle()
        .descendants()
        .filter(
            process -> LiveProcesses.commandLine(process.pid()).contains(PostmasterWatchdog.NAME))
        .findFirst();
  }

  private long postmasterPid() {
    long pid = PostmasterPid.read(pgData()).orElseThrow().pid();
    assertThat(LiveProcesses.isRunning(pid)).isTrue();
    return pid;
  }

  private Path pgData() {
    return dataDir.resolve("postgres").toAbsolutePath().normalize();
  }

  private static void awaitStopped(long pid, Duration bound) {
    long start = System.nanoTime();
    long deadline = start + bound.toNanos();
    while (LiveProcesses.isRunning(pid)) {
      assertThat(System.nanoTime() - deadline).as("PID " + pid + " stopped").isNegative();
      Thread.onSpinWait();
    }
    LOG.info("PID {} gone {} ms after the kill", pid, (System.nanoTime() - start) / 1_000_000);
  }
}
