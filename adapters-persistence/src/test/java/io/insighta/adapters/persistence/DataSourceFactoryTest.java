package io.insighta.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DataSourceFactoryTest {

  @Test
  void thePoolConnectsWithBoundedTimeouts() throws Exception {
    try (HikariDataSource pool = DataSourceFactory.create(EmbeddedPostgresSupport.url(), 2);
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select 41 + 1")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getInt(1)).isEqualTo(42);
      assertThat(pool.getMaximumPoolSize()).isEqualTo(2);
      assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
      assertThat(pool.getValidationTimeout()).isEqualTo(1_000);
    }
  }

  @Test
  void pooledConnectionsPlanEveryExecutionForItsOwnValues() throws Exception {
    try (Connection connection = EmbeddedPostgresSupport.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show plan_cache_mode")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("force_custom_plan");
    }
  }

  @Test
  void pooledConnectionsCancelStatementsRunningLongerThanTheTimeout() throws Exception {
    try (HikariDataSource pool =
            DataSourceFactory.create(EmbeddedPostgresSupport.url(), 1, Duration.ofSeconds(2));
        Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet shown = statement.executeQuery("show statement_timeout")) {
        assertThat(shown.next()).isTrue();
        assertThat(shown.getString(1)).isEqualTo("2s");
      }
      assertThatThrownBy(() -> statement.execute("select pg_sleep(5)"))
          .isInstanceOf(SQLException.class)
          .extracting(e -> ((SQLException) e).getSQLState())
          .isEqualTo("57014");
    }
  }

  @Test
  void theDefaultPoolSuitsTwoCores() {
    assertThat(DataSourceFactory.DEFAULT_POOL_SIZE).isBetween(4, 10);
    assertThat(EmbeddedPostgresSupport.dataSource().getMaximumPoolSize())
        .isEqualTo(DataSourceFactory.DEFAULT_POOL_SIZE);
  }

  @Test
  void anUnreachableDatabaseFailsAtOnceWithoutShowingThePassword() {
    DatabaseUrl nowhere = DatabaseUrl.parse("postgres://u:hunter2@127.0.0.1:1/db");

    assertThatThrownBy(() -> DataSourceFactory.create(nowhere).close())
        .isInstanceOf(RuntimeException.class)
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aPoolOfNoConnectionsIsRejected() {
    assertThatThrownBy(() -> DataSourceFactory.create(EmbeddedPostgresSupport.url(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
