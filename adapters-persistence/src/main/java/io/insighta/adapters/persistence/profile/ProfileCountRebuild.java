package io.insighta.adapters.persistence.profile;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts a table freshly loaded under an exclusive lock in one {@code group by} instead of through
 * the triggers, whose million-row transition table costs about twice as much as the recount (see
 * {@code bench/RESULTS.md}). Both steps run in the load's transaction, so no other session ever
 * sees the triggers off or the cells stale.
 */
final class ProfileCountRebuild {
  private static final String[] ROW_TRIGGERS = {
    "profile_counts_after_insert", "profile_counts_after_delete"
  };

  private ProfileCountRebuild() {}

  /** Stops counting inserts and deletes; the caller holds {@code profiles} exclusively. */
  static void suspend(Connection connection) throws SQLException {
    alterTriggers(connection, "disable");
  }

  /** Replaces the cells with a count of every row and counts writes again. */
  static void recount(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute("delete from profile_counts");
      sql.execute(
          "insert into profile_counts (gender, country_id, age, profiles)"
              + " select gender, country_id, age, count(*) from profiles"
              + " group by gender, country_id, age order by gender, country_id, age");
    }
    alterTriggers(connection, "enable");
  }

  private static void alterTriggers(Connection connection, String action) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      for (String trigger : ROW_TRIGGERS) {
        sql.execute("alter table profiles " + action + " trigger " + trigger);
      }
    }
  }
}
