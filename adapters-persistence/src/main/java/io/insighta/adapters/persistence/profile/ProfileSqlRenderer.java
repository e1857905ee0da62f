package io.insighta.adapters.persistence.profile;

import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Renders the PostgreSQL statements the profile finder runs for a query, without a database: for
 * benchmarks of the filter-to-SQL path and for reproducing plans and the pgbench floor.
 */
public final class ProfileSqlRenderer {
  private static final DSLContext POSTGRES = DSL.using(SQLDialect.POSTGRES);

  private ProfileSqlRenderer() {}

  /** The page statement with bind markers, as sent over JDBC. */
  public static String pageSql(ProfileQuery query) {
    return ProfileSelects.page(POSTGRES, query).getSQL();
  }

  /** The page statement with its values inlined, runnable as is by psql or pgbench. */
  public static String pageSqlInlined(ProfileQuery query) {
    return ProfileSelects.page(POSTGRES, query).getSQL(ParamType.INLINED);
  }

  /** The export statement (every matching row, in order) with its values inlined. */
  public static String exportSqlInlined(ProfileFilter filter, Sort sort) {
    return ProfileSelects.all(POSTGRES, filter, sort).getSQL(ParamType.INLINED);
  }

  /**
   * The count statement of a filter with bind markers: a sum over {@code profile_counts}, or a
   * {@code count(*)} when the filter has a probability bound.
   */
  public static String countSql(ProfileFilter filter) {
    return ProfileSelects.count(POSTGRES, filter).getSQL();
  }

  /** The count statement of a filter with its values inlined. */
  public static String countSqlInlined(ProfileFilter filter) {
    return ProfileSelects.count(POSTGRES, filter).getSQL(ParamType.INLINED);
  }
}
