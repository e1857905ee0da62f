package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import io.insighta.bootstrap.support.SharedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class StatementTimeoutTest {
  /** The configured timeout plus slack for a busy machine. */
  private static final Duration BOUND = Duration.ofSeconds(4);

  @Test
  void aQueryStuckBehindALockAnswers503WithinTheStatementTimeout() throws Exception {
    String databaseUrl = SharedPostgres.freshDatabaseUrl();
    try (ServerFixture server =
            ServerFixture.start(
                Map.of("DATABASE_URL", databaseUrl, "DB_STATEMENT_TIMEOUT", "1s"),
                Clock.systemUTC());
        Connection freezer = DriverManager.getConnection(databaseUrl)) {
      String admin = server.accessToken("test_code");
      freezer.setAutoCommit(false);
      try (Statement sql = freezer.createStatement()) {
        // A list reads its total from profile_counts and skips the page of an empty table.
        sql.execute("lock table profiles, profile_counts in access exclusive mode");
      }

      long start = System.nanoTime();
      HttpResult frozen =
          server.send(
              server
                  .api("/api/profiles", admin)
                  .header("Cache-Control", "no-cache")
                  .timeout(Duration.ofSeconds(20))
                  .GET());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      LoggerFactory.getLogger(StatementTimeoutTest.class)
          .info("a list behind a held lock answered {} in {} ms", frozen.status(), took.toMillis());

      assertThat(frozen.status()).isEqualTo(503);
      assertThat(frozen.header("Retry-After")).isEqualTo("5");
      assertThat(frozen.json().get("status").asText()).isEqualTo("error");
      assertThat(took).isLessThan(BOUND);
      freezer.rollback();
      assertThat(server.get("/api/profiles", admin).status()).isEqualTo(200);
    }
  }
}
