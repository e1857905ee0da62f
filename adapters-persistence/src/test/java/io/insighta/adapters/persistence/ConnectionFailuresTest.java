package io.insighta.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.application.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class ConnectionFailuresTest {

  @Test
  void aPoolTimeoutAndConnectionClassStatesMeanTheDatabaseIsUnreachable() {
    assertThat(ConnectionFailures.isConnectionFailure(new SQLTransientConnectionException("t/o")))
        .isTrue();
    assertThat(ConnectionFailures.isConnectionFailure(new SQLException("refused", "08001")))
        .isTrue();
    assertThat(ConnectionFailures.isConnectionFailure(new SQLException("I/O error", "08006")))
        .isTrue();
  }

  @Test
  void aServerShuttingDownOrStartingUpMeansTheDatabaseIsUnreachable() {
    for (String state : new String[] {"57P01", "57P02", "57P03"}) {
      assertThat(ConnectionFailures.isConnectionFailure(new SQLException("going away", state)))
          .as(state)
          .isTrue();
    }
  }

  @Test
  void statementErrorsAreNotConnectionFailures() {
    assertThat(ConnectionFailures.isConnectionFailure(new SQLException("dup", "23505"))).isFalse();
    assertThat(ConnectionFailures.isConnectionFailure(new SQLException("cancel", "57014")))
        .isFalse();
    assertThat(ConnectionFailures.isConnectionFailure(new SQLException("no state"))).isFalse();
    assertThat(ConnectionFailures.isConnectionFailure(new IllegalStateException("x"))).isFalse();
  }

  @Test
  void aWrappedConnectionFailureIsTranslatedAndAnythingElseIsReturnedAsItIs() {
    DataAccessException lost = new DataAccessException("select", new SQLException("gone", "57P01"));
    DataAccessException constraint =
        new DataAccessException("insert", new SQLException("dup", "23505"));

    assertThat(ConnectionFailures.translate(lost))
        .isInstanceOf(StorageUnavailableException.class)
        .hasCause(lost);
    assertThat(ConnectionFailures.translate(constraint)).isSameAs(constraint);
  }
}
