package io.insighta.adapters.persistence.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Holds back the count-cell changes of a multi-statement load in a temporary table and adds them in
 * one statement at its end. Cells locked by an early batch would otherwise stay locked for the rest
 * of the load: every create in those cells would wait for the whole load, and one whose name a
 * later batch also holds would deadlock with it.
 */
final class DeferredProfileCounts {
  private static final String PENDING = "pg_temp.profile_counts_pending";

  private DeferredProfileCounts() {}

  /** From now until {@link #apply}, the triggers on {@code profiles} write to the pending table. */
  static void begin(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "create temporary table if not exists profile_counts_pending"
              + " (like profile_counts) on commit delete rows");
      sql.execute("select set_config('insighta.profile_counts', 'pending', true)");
    }
  }

  /**
   * Adds the pending changes to the cells (in key order, as the triggers do) and stops deferring.
   */
  static void apply(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("select set_config('insighta.profile_counts', '', true)");
      sql.execute(
          "with drained as (delete from "
              + PENDING
              + " returning gender, country_id, age, profiles)"
              + " select profile_counts_add(array_agg(gender), array_agg(country_id),"
              + " array_agg(age), array_agg(n)) from (select gender, country_id, age,"
              + " sum(profiles)::bigint as n from drained group by gender, country_id, age"
              + " having sum(profiles) <> 0) d having count(*) > 0");
    }
  }
}
