package io.insighta.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A PostgreSQL server for tests (given or embedded) that hands out isolated schemas. */
final class TestServer {
  private final DatabaseUrl base;
  private final EmbeddedPostgres embedded;
  private final List<String> schemas = new CopyOnWriteArrayList<>();

  private TestServer(DatabaseUrl base, EmbeddedPostgres embedded) {
    this.base = base;
    this.embedded = embedded;
  }

  /** Uses the server at {@code givenUrl} when there is one, else starts an embedded server. */
  static TestServer start(String givenUrl) {
    if (givenUrl != null && !givenUrl.isBlank()) {
      return new TestServer(DatabaseUrl.parse(givenUrl), null);
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      return new TestServer(
          new DatabaseUrl(postgres.getJdbcUrl("postgres", "postgres"), null, null), postgres);
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not start", e);
    }
  }

  /** Creates an empty schema and returns a URL whose connections work inside it. */
  DatabaseUrl newSchema() {
    String schema = "insighta_test_" + UUID.randomUUID().toString().replace("-", "");
    execute("create schema " + schema);
    schemas.add(schema);
    String separator = base.jdbcUrl().contains("?") ? "&" : "?";
    return new DatabaseUrl(
        base.jdbcUrl() + separator + "currentSchema=" + schema, base.user(), base.password());
  }

  /** Drops the schemas on a given server, or stops the embedded one with everything in it. */
  void stop() {
    if (embedded == null) {
      schemas.forEach(schema -> execute("drop schema if exists " + schema + " cascade"));
      return;
    }
    try {
      embedded.close();
    } catch (IOException e) {
      throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
    }
  }

  private void execute(String ddl) {
    try (Connection connection =
            DriverManager.getConnection(base.jdbcUrl(), base.user(), base.password());
        Statement statement = connection.createStatement()) {
      statement.execute(ddl);
    } catch (SQLException e) {
      throw new IllegalStateException("test database setup failed: " + ddl, e);
    }
  }
}
