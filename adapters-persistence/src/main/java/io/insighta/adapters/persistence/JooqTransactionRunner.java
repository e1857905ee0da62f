package io.insighta.adapters.persistence;

import io.insighta.application.TransactionRunner;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * A database transaction bound to the calling thread: store calls inside the work join it, it
 * commits when the work returns and rolls back when it throws (the exception passes through). A
 * database lost at begin or commit is reported as {@link
 * io.insighta.application.StorageUnavailableException}.
 */
public final class JooqTransactionRunner implements TransactionRunner {
  private final DSLContext dsl;

  /** Takes the shared context from {@link JooqContexts#threadBound}. */
  public JooqTransactionRunner(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    try {
      return dsl.transactionResult(() -> work.get());
    } catch (DataAccessException e) {
      throw ConnectionFailures.translate(e);
    }
  }
}
