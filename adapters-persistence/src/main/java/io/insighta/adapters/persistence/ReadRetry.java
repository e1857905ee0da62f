package io.insighta.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a read again, once, on a new connection when the database killed the one it ran on (a
 * failover, a restart, {@code pg_terminate_backend}); a read changes nothing, so running it twice
 * is safe. Writes never go through here: whether a lost write was committed cannot be known.
 */
public final class ReadRetry {
  private static final Logger LOG = LoggerFactory.getLogger(ReadRetry.class);
  private final DataSource dataSource;

  /** Evicts the connections of {@code dataSource} (a HikariCP pool) before retrying. */
  public ReadRetry(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Retries without evicting the pool, for stores built over a bare context. */
  public static ReadRetry withoutEviction() {
    return new ReadRetry(null);
  }

  /** The read's result; its failure, or the second attempt's, is thrown as it is. */
  public <T> T read(Supplier<T> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      if (!ConnectionFailures.isLostConnection(e)) {
        throw e;
      }
      LOG.info("a database connection was lost under a read; retrying once on a new one");
      evictPooledConnections();
      return read.get();
    }
  }

  /**
   * What killed one connection usually killed its idle siblings too, and the pool hands out one it
   * used in the last half second without checking it: evict them all so the retry opens a new one.
   */
  private void evictPooledConnections() {
    if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
      pool.getHikariPoolMXBean().softEvictConnections();
    }
  }
}
