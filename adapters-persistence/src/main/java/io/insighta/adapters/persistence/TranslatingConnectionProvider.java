package io.insighta.adapters.persistence;

import java.sql.Connection;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.impl.DataSourceConnectionProvider;

/**
 * Connections from the pool, where "no connection" because the database is unreachable becomes
 * {@link io.insighta.application.StorageUnavailableException}; transactions take their connection
 * here, outside any statement an {@link org.jooq.ExecuteListener} would see.
 */
final class TranslatingConnectionProvider implements ConnectionProvider {
  private final DataSourceConnectionProvider pool;

  TranslatingConnectionProvider(DataSource dataSource) {
    this.pool = new DataSourceConnectionProvider(dataSource);
  }

  @Override
  public Connection acquire() {
    try {
      return pool.acquire();
    } catch (RuntimeException e) {
      throw ConnectionFailures.translate(e);
    }
  }

  @Override
  public void release(Connection connection) {
    pool.release(connection);
  }
}
