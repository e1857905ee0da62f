package io.insighta.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.application.StorageUnavailableException;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.user.UserId;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database that cannot be reached, or that drops the connection mid-transaction, surfaces as
 * {@link StorageUnavailableException}; an ordinary SQL error does not.
 */
class DatabaseUnavailableTest {
  private final DSLContext dsl = JooqContexts.threadBound(EmbeddedPostgresSupport.dataSource());

  @Test
  void aDatabaseThatRefusesConnectionsIsReportedUnavailableByStoresAndTransactions()
      throws IOException {
    PostgresPersistence unreachable = new PostgresPersistence(nothingListening());

    assertThatThrownBy(() -> unreachable.profileFinder().count(ProfileFilter.NONE))
        .isInstanceOf(StorageUnavailableException.class);
    assertThatThrownBy(
            () -> unreachable.userRepository().findById(UserId.generate(Clock.systemUTC())))
        .isInstanceOf(StorageUnavailableException.class);
    assertThatThrownBy(() -> unreachable.transactionRunner().inTransaction(() -> 1))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void aConnectionTheServerTerminatesIsReportedUnavailable() {
    assertThatThrownBy(() -> dsl.fetchValue("select pg_terminate_backend(pg_backend_pid())"))
        .isInstanceOf(StorageUnavailableException.class)
        .hasRootCauseMessage("FATAL: terminating connection due to administrator command");
  }

  @Test
  void aConnectionTerminatedInsideATransactionIsReportedUnavailable() {
    JooqTransactionRunner transactions = new JooqTransactionRunner(dsl);

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    () -> dsl.fetchValue("select pg_terminate_backend(pg_backend_pid())")))
        .isInstanceOf(StorageUnavailableException.class);
    assertThat(dsl.fetchValue("select 1")).isEqualTo(1);
  }

  @Test
  void aFailingStatementOnAHealthyDatabaseStaysAnOrdinaryError() {
    assertThatThrownBy(() -> dsl.fetchValue("select 1 / 0"))
        .isInstanceOf(DataAccessException.class)
        .isNotInstanceOf(StorageUnavailableException.class);
  }

  private static PGSimpleDataSource nothingListening() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {"127.0.0.1"});
    dataSource.setPortNumbers(new int[] {port});
    dataSource.setDatabaseName("postgres");
    dataSource.setUser("postgres");
    dataSource.setConnectTimeout(1);
    return dataSource;
  }
}
