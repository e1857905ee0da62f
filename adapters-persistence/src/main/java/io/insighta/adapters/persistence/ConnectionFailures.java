package io.insighta.adapters.persistence;

import io.insighta.application.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a database that cannot be reached (no connection within the pool's timeout, a connection
 * refused, broken or closed by a shutting-down server) or too slow (a statement cancelled by the
 * statement timeout) from a failing statement, and reports the former as {@link
 * StorageUnavailableException}, which callers answer with "retry later".
 */
final class ConnectionFailures {
  /** SQLSTATE class 08 (connection exception) is matched by prefix; these are class 57 states. */
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  /** query_canceled: the statement timeout fired (or someone cancelled the statement). */
  private static final String QUERY_CANCELED = "57014";

  private static final int MAX_CAUSES = 16;

  private ConnectionFailures() {}

  /** True when {@code failure} or one of its causes says the database is unreachable. */
  static boolean isConnectionFailure(Throwable failure) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
      if (current instanceof SQLTransientConnectionException
          || current instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (current instanceof SQLException sql && unreachableState(sql.getSQLState())) {
        return true;
      }
      current = current.getCause();
    }
    return false;
  }

  /**
   * True when a connection that was working has been lost under a statement (killed, or its server
   * shut down), as opposed to no connection being had at all: another connection may well work.
   */
  static boolean isLostConnection(Throwable failure) {
    boolean lost = false;
    Throwable current = failure;
    for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
      if (current instanceof SQLTransientConnectionException) {
        return false; // the pool had none to give within its timeout; asking again waits again
      }
      if (current instanceof SQLException sql && unreachableState(sql.getSQLState())) {
        lost = true;
      }
      current = current.getCause();
    }
    return lost;
  }

  /**
   * {@code failure} itself, or a {@link StorageUnavailableException} when it is a lost or too slow
   * database.
   */
  static RuntimeException translate(RuntimeException failure) {
    if (failure instanceof StorageUnavailableException) {
      return failure;
    }
    if (isConnectionFailure(failure)) {
      return new StorageUnavailableException("The database cannot be reached", failure);
    }
    if (hasState(failure, QUERY_CANCELED)) {
      return new StorageUnavailableException("The database did not answer in time", failure);
    }
    return failure;
  }

  private static boolean hasState(Throwable failure, String sqlState) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
      if (current instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
        return true;
      }
      current = current.getCause();
    }
    return false;
  }

  private static boolean unreachableState(String sqlState) {
    return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_AWAY.contains(sqlState));
  }
}
