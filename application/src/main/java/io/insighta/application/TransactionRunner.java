package io.insighta.application;

import java.util.function.Supplier;

/** Out-port: runs work atomically, committing when it returns and rolling back when it throws. */
public interface TransactionRunner {

  <T> T inTransaction(Supplier<T> work);
}
