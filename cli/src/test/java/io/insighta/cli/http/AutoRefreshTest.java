package io.insighta.cli.http;

import static io.insighta.cli.support.Fixtures.ELLA;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.auth.Credentials;
import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.FakeApi;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoRefreshTest {
  @TempDir Path temp;
  private FakeApi api;
  private CliHarness cli;

  @BeforeEach
  void setUp() {
    api = new FakeApi();
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA)));
    cli = new CliHarness(temp, api.url());
    cli.loggedIn("at-old", "rt-old");
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  /** Like the real server: a refresh token works once; reusing it is rejected. */
  private void refreshRotates(String from, String access, String refresh) {
    AtomicBoolean used = new AtomicBoolean();
    api.on(
        "POST",
        "/auth/refresh",
        r -> {
          boolean fresh =
              r.json().path("refresh_token").asText().equals(from) && !used.getAndSet(true);
          if (!fresh) {
            return Reply.error(401, "Invalid or expired refresh token");
          }
          api.accept(access);
          return Reply.ok(Fixtures.tokens(access, refresh));
        });
  }

  @Test
  void expiredAccessTokenIsRefreshedOnceAndTheRequestRetried() {
    refreshRotates("rt-old", "at-new", "rt-new");

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("ella");
    assertThat(api.received("GET", "/api/profiles"))
        .extracting(r -> r.header("Authorization"))
        .containsExactly("Bearer at-old", "Bearer at-new");
    assertThat(api.received("POST", "/auth/refresh").get(0).json().get("refresh_token").asText())
        .isEqualTo("rt-old");
    assertThat(cli.credentials()).map(Credentials::accessToken).contains("at-new");
    assertThat(cli.credentials()).map(Credentials::refreshToken).contains("rt-new");
  }

  @Test
  void rejectedRefreshRemovesCredentialsAndAsksToLogInAgain() {
    api.on("POST", "/auth/refresh", r -> Reply.error(401, "Invalid or expired refresh token"));

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("Session expired — run: insighta login");
    assertThat(cli.credentials()).isEmpty();
    assertThat(api.received("GET", "/api/profiles")).hasSize(1);
  }

  @Test
  void unreachableRefreshKeepsTheCredentials() {
    api.on("POST", "/auth/refresh", r -> Reply.error(503, "Service unavailable"));

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(cli.credentials()).isPresent();
  }

  @Test
  void pairAlreadyRotatedByAnotherProcessIsAdoptedWithoutRefreshing() {
    api.on(
        "GET",
        "/api/profiles",
        r -> {
          if (r.bearer().equals("at-other")) {
            return Reply.ok(Fixtures.page(ELLA));
          }
          // another CLI process refreshes while this request is in flight
          cli.store()
              .save(new Credentials("at-other", "rt-other", "x", "octocat", "admin", api.url()));
          return Reply.error(401, "Invalid or expired token");
        });

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).isZero();
    assertThat(api.received("POST", "/auth/refresh")).isEmpty();
    assertThat(cli.credentials()).map(Credentials::refreshToken).contains("rt-other");
  }

  @Test
  void concurrentRunsRefreshOnlyOnceAndNeitherIsLoggedOut() throws Exception {
    refreshRotates("rt-old", "at-new", "rt-new");
    CountDownLatch bothRejected = new CountDownLatch(2);
    api.on(
        "GET",
        "/api/profiles",
        r -> {
          if (r.bearer().equals("at-new")) {
            return Reply.ok(Fixtures.page(ELLA));
          }
          bothRejected.countDown();
          bothRejected.await(
              10, TimeUnit.SECONDS); // both hold a stale token before either refreshes
          return Reply.error(401, "Invalid or expired token");
        });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<CliHarness.Result>> runs =
          pool.invokeAll(
              List.of(() -> cli.run("profiles", "list"), () -> cli.run("profiles", "list")));

      for (Future<CliHarness.Result> run : runs) {
        assertThat(run.get().exitCode()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.received("POST", "/auth/refresh")).hasSize(1);
    assertThat(cli.credentials()).map(Credentials::refreshToken).contains("rt-new");
  }

  @Test
  void missingCredentialsMeanNotLoggedIn() {
    cli.store().delete();

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("Not logged in — run: insighta login");
    assertThat(api.received()).isEmpty();
  }
}
