package io.insighta.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;

/**
 * One PostgreSQL per test JVM: the server named by {@code DATABASE_URL} when set, otherwise an
 * embedded one. Either way the tests get a fresh, migrated schema of their own.
 */
public final class EmbeddedPostgresSupport {
  private EmbeddedPostgresSupport() {}

  /** The migrated test schema's URL; connect through it to get a pool of your own. */
  public static DatabaseUrl url() {
    return Holder.URL;
  }

  /** The pool every test shares. */
  public static HikariDataSource dataSource() {
    return Holder.DATA_SOURCE;
  }

  /** The thread-bound jOOQ context over {@link #dataSource()}, as production builds it. */
  public static DSLContext dsl() {
    return Holder.DSL;
  }

  /** A new empty schema on the same server, not yet migrated. */
  public static DatabaseUrl freshSchema() {
    return Holder.SERVER.newSchema();
  }

  private static final class Holder {
    static final TestServer SERVER = TestServer.start(System.getenv("DATABASE_URL"));
    static final DatabaseUrl URL = SERVER.newSchema();
    static final HikariDataSource DATA_SOURCE = DataSourceFactory.create(URL);
    static final DSLContext DSL = JooqContexts.threadBound(DATA_SOURCE);

    static {
      new FlywayMigrator(DATA_SOURCE).migrate();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    DATA_SOURCE.close();
                    SERVER.stop();
                  }));
    }
  }
}
