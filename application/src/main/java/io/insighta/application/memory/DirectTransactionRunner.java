package io.insighta.application.memory;

import io.insighta.application.TransactionRunner;
import java.util.function.Supplier;

/** Runs work directly: in-memory stores are already atomic per call. */
public final class DirectTransactionRunner implements TransactionRunner {

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }
}
