package io.insighta.adapters.persistence.profile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The unique constraints and indexes of {@code profiles}, read from the catalog so that a bulk load
 * can drop them and build them again afterwards (one sorted build per index is far cheaper than a
 * million index insertions) without repeating their definitions here.
 */
final class ProfileIndexes {
  private static final String UNIQUE_VIOLATION = "23505";

  /** A primary-key or unique constraint; {@code key} is the column duplicates are judged by. */
  private record Constraint(String name, String definition, String key) {}

  private final List<Constraint> constraints;
  private final List<String> indexes;

  private ProfileIndexes(List<Constraint> constraints, List<String> indexes) {
    this.constraints = constraints;
    this.indexes = indexes;
  }

  static ProfileIndexes read(Connection connection) throws SQLException {
    List<Constraint> constraints = new ArrayList<>();
    List<String> indexes = new ArrayList<>();
    try (Statement sql = connection.createStatement()) {
      try (ResultSet rows =
          sql.executeQuery(
              "select c.conname, pg_get_constraintdef(c.oid), a.attname from pg_constraint c"
                  + " join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]"
                  + " where c.conrelid = 'profiles'::regclass and c.contype in ('p', 'u')"
                  + " order by c.contype, c.conname")) {
        while (rows.next()) {
          constraints.add(new Constraint(rows.getString(1), rows.getString(2), rows.getString(3)));
        }
      }
      try (ResultSet rows =
          sql.executeQuery(
              "select pg_get_indexdef(i.indexrelid) from pg_index i"
                  + " where i.indrelid = 'profiles'::regclass and not exists"
                  + " (select 1 from pg_constraint c where c.conindid = i.indexrelid)"
                  + " order by i.indexrelid")) {
        while (rows.next()) {
          indexes.add(rows.getString(1));
        }
      }
    }
    return new ProfileIndexes(List.copyOf(constraints), List.copyOf(indexes));
  }

  void drop(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      for (Constraint constraint : constraints) {
        sql.execute("alter table profiles drop constraint " + quoted(constraint.name()));
      }
      for (String definition : indexes) {
        sql.execute("drop index " + quoted(indexName(definition)));
      }
    }
  }

  /**
   * Restores every constraint and index; where a uniqueness constraint fails, the later rows of
   * each duplicate group (in load order) are deleted first. Returns how many rows were deleted.
   */
  long restore(Connection connection) throws SQLException {
    long deleted = 0;
    try (Statement sql = connection.createStatement()) {
      for (Constraint constraint : constraints) {
        String add =
            "alter table profiles add constraint "
                + quoted(constraint.name())
                + " "
                + constraint.definition();
        Savepoint before = connection.setSavepoint();
        try {
          sql.execute(add);
        } catch (SQLException e) {
          if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            throw e;
          }
          connection.rollback(before);
          deleted += sql.executeUpdate(deleteLaterDuplicates(constraint.key()));
          sql.execute(add);
        }
        connection.releaseSavepoint(before);
      }
      for (String definition : indexes) {
        sql.execute(definition);
      }
    }
    return deleted;
  }

  /** Keeps the first row (lowest ctid: load order into a freshly truncated table) of each key. */
  private static String deleteLaterDuplicates(String key) {
    return "delete from profiles where ctid in (select ctid from (select ctid, row_number() over"
        + " (partition by "
        + quoted(key)
        + " order by ctid) as n from profiles) d where n > 1)";
  }

  private static String indexName(String definition) {
    // pg_get_indexdef: CREATE [UNIQUE] INDEX name ON ...
    String afterIndex = definition.substring(definition.indexOf(" INDEX ") + " INDEX ".length());
    return afterIndex.substring(0, afterIndex.indexOf(' ')).replace("\"", "");
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
