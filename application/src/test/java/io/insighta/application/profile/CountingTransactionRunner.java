package io.insighta.application.profile;

import io.insighta.application.TransactionRunner;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Runs work directly and counts how many transactions were asked for. */
final class CountingTransactionRunner implements TransactionRunner {
  private final AtomicInteger transactions = new AtomicInteger();

  int transactions() {
    return transactions.get();
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    transactions.incrementAndGet();
    return work.get();
  }
}
