package io.insighta.adapters.persistence;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * Creates the one jOOQ context all stores share. Its transactions are bound to the current thread,
 * so any store call made inside {@link JooqTransactionRunner#inTransaction} joins that transaction;
 * stores must therefore share this one instance. A database that cannot be reached surfaces from it
 * as {@link io.insighta.application.StorageUnavailableException} (HTTP 503), whether it is noticed
 * when taking a connection or in the middle of a statement.
 */
public final class JooqContexts {
  private JooqContexts() {}

  public static DSLContext threadBound(DataSource dataSource) {
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(SQLDialect.POSTGRES);
    // jOOQ's per-query debug logger costs a visible share of a short request even with its level
    // off; statements can be observed in PostgreSQL's own log instead.
    configuration.set(new Settings().withExecuteLogging(false));
    configuration.set(
        new ThreadLocalTransactionProvider(new TranslatingConnectionProvider(dataSource)));
    configuration.set(new DefaultExecuteListenerProvider(new ConnectionFailureListener()));
    return DSL.using(configuration);
  }
}
