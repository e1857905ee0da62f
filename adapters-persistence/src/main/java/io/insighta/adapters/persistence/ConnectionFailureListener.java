package io.insighta.adapters.persistence;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Replaces the exception of a statement that failed because the database went away (including
 * failing to get a connection for it) with {@link
 * io.insighta.application.StorageUnavailableException}, before jOOQ throws it.
 */
final class ConnectionFailureListener implements ExecuteListener {
  private static final long serialVersionUID = 1L;

  @Override
  public void exception(ExecuteContext ctx) {
    RuntimeException failure = ctx.exception();
    if (failure != null) {
      ctx.exception(ConnectionFailures.translate(failure));
    }
  }
}
