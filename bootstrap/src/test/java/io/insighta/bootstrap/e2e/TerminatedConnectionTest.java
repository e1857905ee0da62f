package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import io.insighta.bootstrap.support.SharedPostgres;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The server's connection killed under a request ({@code pg_terminate_backend}, as a failover or an
 * operator does): a read is run again on another connection, a write is not. The request is held on
 * a table lock first, so that the kill surely lands while it runs.
 */
class TerminatedConnectionTest {
  private static final Duration BOUND = Duration.ofSeconds(10);

  @Test
  void readWhoseConnectionIsTerminatedIsAnsweredFromAnotherOne() throws Exception {
    Outcome listed =
        killedWhileBlocked(
            (server, token) ->
                () ->
                    server.send(
                        server
                            .api("/api/profiles", token)
                            .header("Cache-Control", "no-cache")
                            .GET()));

    assertThat(listed.answer().status()).as(listed.answer().body()).isEqualTo(200);
  }

  @Test
  void writeWhoseConnectionIsTerminatedIsNotRetried() throws Exception {
    Outcome imported = killedWhileBlocked((server, token) -> () -> importOne(server, token));

    assertThat(imported.answer().status()).isEqualTo(503);
    assertThat(imported.answer().header("Retry-After")).isEqualTo("5");
    assertThat(imported.profilesAfter()).isZero();
  }

  /** Runs the call while another session locks the profile tables, kills its backend, unlocks. */
  private static Outcome killedWhileBlocked(Call call) throws Exception {
    String databaseUrl = SharedPostgres.freshDatabaseUrl();
    try (ServerFixture server =
            ServerFixture.start(
                Map.of("DATABASE_URL", databaseUrl, "DB_STATEMENT_TIMEOUT", "1m"),
                Clock.systemUTC());
        Connection locker = DriverManager.getConnection(databaseUrl);
        Connection admin = DriverManager.getConnection(databaseUrl)) {
      String token = server.accessToken("test_code");
      locker.setAutoCommit(false);
      // A list reads its total from profile_counts and skips the page of an empty table.
      execute(locker, "lock table profiles, profile_counts in access exclusive mode");

      CompletableFuture<HttpResult> answer = CompletableFuture.supplyAsync(call.of(server, token));
      long blocked = awaitBlockedServerBackend(admin);
      execute(admin, "select pg_terminate_backend(" + blocked + ")");
      locker.rollback();

      return new Outcome(answer.get(BOUND.toSeconds(), TimeUnit.SECONDS), count(admin));
    }
  }

  private static long awaitBlockedServerBackend(Connection admin) throws SQLException {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (true) {
      try (Statement sql = admin.createStatement();
          ResultSet row =
              sql.executeQuery(
                  "select pid from pg_stat_activity where application_name = 'insighta'"
                      + " and datname = current_database() and wait_event_type = 'Lock'")) {
        if (row.next()) {
          return row.getLong(1);
        }
      }
      assertThat(System.nanoTime() - deadline).as("the call waits on the lock").isNegative();
    }
  }

  private static HttpResult importOne(ServerFixture server, String token) {
    return server.send(
        server
            .api("/api/profiles/import", token)
            .header("Content-Type", "text/csv")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    """
                    name,gender,gender_probability,age,country_id,country_probability
                    Once Only,male,0.9,40,GH,0.5
                    """)));
  }

  private static long count(Connection admin) throws SQLException {
    try (Statement sql = admin.createStatement();
        ResultSet row = sql.executeQuery("select count(*) from profiles")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void execute(Connection connection, String statement) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }

  /** The call's answer and how many profiles the database holds afterwards. */
  private record Outcome(HttpResult answer, long profilesAfter) {}

  /** A request to make against the server, given a signed-in admin's token. */
  private interface Call {
    Supplier<HttpResult> of(ServerFixture server, String token);
  }
}
