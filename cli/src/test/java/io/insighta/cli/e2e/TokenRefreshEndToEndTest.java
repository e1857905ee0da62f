package io.insighta.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.insighta.application.contract.MutableClock;
import io.insighta.cli.auth.Credentials;
import io.insighta.cli.support.CliHarness;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Token expiry against the real server, whose clock the test moves: the access token lives 3
 * minutes (plus 5 s leeway) and the refresh token 5 minutes.
 */
class TokenRefreshEndToEndTest {
  private static final Duration PAST_ACCESS_TTL = Duration.ofMinutes(3).plusSeconds(6);
  private static final Duration PAST_REFRESH_TTL = Duration.ofMinutes(5).plusSeconds(1);
  private static final Path PROC_LOCKS = Path.of("/proc/locks");

  private static MutableClock clock;
  private static LiveServer server;
  @TempDir Path temp;
  private CliHarness cli;

  @BeforeAll
  static void start() {
    clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    server = LiveServer.start(clock);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void logIn() {
    cli = server.cli(temp, clock);
    server.login(cli, LiveServer.ADMIN);
  }

  @Test
  void expiredAccessTokenIsRefreshedOnceAndTheNewPairSaved() {
    Credentials before = cli.credentials().orElseThrow();
    assertThat(cli.run("profiles", "list").exitCode()).isZero();
    assertThat(cli.credentials()).contains(before);
    clock.advance(PAST_ACCESS_TTL);

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("No profiles found.", "Page 1 of 0 · 0 total");
    Credentials after = cli.credentials().orElseThrow();
    assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
    assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
    assertThat(after.expiresAt()).isEqualTo(clock.instant().plusSeconds(180).toString());
    assertThat(after.username()).isEqualTo(before.username());
    CliHarness.Result next = cli.run("whoami");
    assertThat(next.exitCode()).isZero();
    assertThat(cli.credentials()).as("the new access token is used as is").contains(after);
  }

  @Test
  void refreshAfterTheRefreshTokenExpiredEndsTheSessionAndRemovesTheCredentials() {
    clock.advance(PAST_REFRESH_TTL);

    CliHarness.Result result = cli.run("whoami");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo("Error: Session expired — run: insighta login" + System.lineSeparator());
    assertThat(result.out()).isEmpty();
    assertThat(Files.exists(cli.store().file())).isFalse();
    assertThat(cli.run("profiles", "list").err()).contains("Not logged in — run: insighta login");
  }

  @Test
  void concurrentCommandsInOneProcessShareASingleRefresh() throws Exception {
    Credentials before = cli.credentials().orElseThrow();
    clock.advance(PAST_ACCESS_TTL);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<CliHarness.Result>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(() -> cli.run("whoami"));
      }
      for (Future<CliHarness.Result> run : pool.invokeAll(runs)) {
        assertThat(run.get().exitCode()).as(run.get().err()).isZero();
        assertThat(run.get().out()).contains("@" + LiveServer.ADMIN);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(cli.credentials().orElseThrow().refreshToken()).isNotEqualTo(before.refreshToken());
    clock.advance(PAST_ACCESS_TTL);
    assertThat(cli.run("whoami").exitCode())
        .as("a reused refresh token would have revoked the whole family")
        .isZero();
  }

  @Test
  void separateCliProcessesWaitingOnTheLockAdoptTheWinnersPair() throws Exception {
    assumeThat(PROC_LOCKS).as("Linux lists lock waiters in /proc/locks").exists();
    Credentials before = cli.credentials().orElseThrow();
    clock.advance(PAST_ACCESS_TTL);
    List<CliProcess> processes = new ArrayList<>();
    try {
      // Holding the refresh lock makes every process get its 401 and queue before any refreshes.
      try (FileChannel lock = cli.store().openLock()) {
        lock.lock();
        for (int i = 0; i < 3; i++) {
          processes.add(
              CliProcess.start(
                  cli.home, server.apiUrl(), temp.resolve("logs"), "cli-" + i, "whoami"));
        }
        awaitLockWaiters(processes);
      }
      for (CliProcess process : processes) {
        assertThat(process.exitCode()).as(process.err()).isZero();
        assertThat(process.out()).contains("username       @" + LiveServer.ADMIN);
      }
    } finally {
      processes.forEach(CliProcess::destroy);
    }

    Credentials after = cli.credentials().orElseThrow();
    assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
    clock.advance(PAST_ACCESS_TTL);
    assertThat(cli.run("whoami").exitCode())
        .as("a reused refresh token would have revoked the whole family")
        .isZero();
  }

  /** Waits until every process is blocked on a POSIX lock, as the kernel reports it, or ended. */
  private static void awaitLockWaiters(List<CliProcess> processes)
      throws IOException, InterruptedException {
    Set<String> pids =
        processes.stream().map(p -> String.valueOf(p.pid())).collect(Collectors.toSet());
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!waiting(pids) && processes.stream().allMatch(CliProcess::alive)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the CLI processes never waited on the refresh lock");
      }
      Thread.sleep(20);
    }
  }

  private static boolean waiting(Set<String> pids) throws IOException {
    Set<String> waiters =
        Files.readAllLines(PROC_LOCKS).stream()
            .filter(line -> line.contains("->"))
            .map(line -> line.trim().split("\\s+"))
            .filter(fields -> fields.length > 5)
            .map(fields -> fields[5])
            .collect(Collectors.toSet());
    return waiters.containsAll(pids);
  }
}
