package io.insighta.adapters.persistence;

import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * Creates the one jOOQ context all stores share. Its transactions are bound to the current thread,
 * so any store call made inside {@link JooqTransactionRunner#inTransaction} joins that transaction;
 * stores must therefore share this one instance.
 */
public final class JooqContexts {
  private JooqContexts() {}

  public static DSLContext threadBound(DataSource dataSource) {
    DefaultConfiguration configuration = new DefaultConfiguration();
    configuration.set(SQLDialect.POSTGRES);
    configuration.set(
        new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)));
    return DSL.using(configuration);
  }
}
