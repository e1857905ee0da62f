package io.insighta.bootstrap.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @Test
  void zeroConfigDatabaseFlushesEveryCommitToDiskBeforeConfirmingIt(@TempDir Path dataDir)
      throws SQLException {
    try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
        Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
      assertThat(show(connection, "fsync")).isEqualTo("on");
      assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
      assertThat(show(connection, "full_page_writes")).isEqualTo("on");
    }
  }

  @Test
  void aSecondServerOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsServing(@TempDir Path dataDir)
      throws SQLException {
    try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
      assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
          .isInstanceOf(DataDirectoryInUseException.class)
          .hasMessageContaining("another Insighta server is running");

      try (Connection connection = DriverManager.getConnection(first.jdbcUrl())) {
        assertThat(show(connection, "fsync")).isEqualTo("on");
      }
    }
  }

  private static String show(Connection connection, String setting) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW " + setting)) {
      row.next();
      return row.getString(1);
    }
  }
}
