package io.insighta.adapters.persistence.profile;

import io.insighta.domain.profile.Profile;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads a stream of profiles with COPY. Into an empty table it copies straight into {@code
 * profiles} with its indexes dropped and builds them once at the end; otherwise each batch is
 * copied into a temporary table and moved over with {@code INSERT ... ON CONFLICT DO NOTHING}, so
 * existing ids and names are skipped exactly like {@link JooqProfileRepository#insertAllIfAbsent}.
 * Loads into one database take turns, each holding an advisory lock until its transaction ends.
 * Either way {@code profile_counts} is exact at commit: recounted after a load into an empty table,
 * and the staged batches' changes added once at the end.
 */
final class ProfileBulkLoader {
  /** Rows per staged batch: large enough to amortise a statement, small enough for temp buffers. */
  static final int STAGED_BATCH = 50_000;

  private static final int COPY_BUFFER = 1 << 16;
  private static final String STAGING = "profiles_staging";

  /** The advisory lock key imports serialise on ("import" in ASCII). */
  static final long IMPORT_LOCK = 0x696d706f7274L;

  private final DSLContext dsl;
  private final int stagedBatch;

  ProfileBulkLoader(DSLContext dsl) {
    this(dsl, STAGED_BATCH);
  }

  ProfileBulkLoader(DSLContext dsl, int stagedBatch) {
    if (stagedBatch < 1) {
      throw new IllegalArgumentException("staged batch must be at least 1: " + stagedBatch);
    }
    this.dsl = dsl;
    this.stagedBatch = stagedBatch;
  }

  /** Runs in the caller's transaction when there is one (as a savepoint), else in its own. */
  long load(Iterator<Profile> profiles) {
    return dsl.transactionResult(() -> dsl.connectionResult(c -> load(c, profiles)));
  }

  private long load(Connection connection, Iterator<Profile> profiles) throws SQLException {
    // Two imports that both find the table empty would each hold a share lock from that check and
    // then wait for the other's to take the exclusive one: a deadlock. So imports take turns, from
    // before the check to their commit.
    // A million-row COPY and its index rebuild take far longer than any request should.
    execute(connection, "set local statement_timeout = 0");
    execute(connection, "select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
    if (isEmpty(connection)) {
      execute(connection, "lock table profiles in access exclusive mode");
      if (isEmpty(connection)) {
        return loadIntoEmpty(connection, profiles);
      }
    }
    return loadStaged(connection, profiles);
  }

  private static long loadIntoEmpty(Connection connection, Iterator<Profile> profiles)
      throws SQLException {
    ProfileIndexes indexes = ProfileIndexes.read(connection);
    // Truncating in this transaction lets COPY FREEZE write rows already frozen and all-visible,
    // so counts can use index-only scans at once, and keeps load order equal to ctid order.
    execute(connection, "truncate profiles");
    indexes.drop(connection);
    ProfileCountRebuild.suspend(connection);
    long copied = copy(connection, "profiles", "freeze true", profiles, Long.MAX_VALUE);
    long deleted = indexes.restore(connection);
    ProfileCountRebuild.recount(connection);
    execute(connection, "analyze profiles");
    return copied - deleted;
  }

  private long loadStaged(Connection connection, Iterator<Profile> profiles) throws SQLException {
    execute(
        connection,
        "create temporary table if not exists "
            + STAGING
            + " (like profiles) on commit delete rows");
    DeferredProfileCounts.begin(connection);
    long inserted = 0;
    while (profiles.hasNext()) {
      execute(connection, "truncate " + STAGING);
      copy(connection, STAGING, "", profiles, stagedBatch);
      try (Statement sql = connection.createStatement()) {
        inserted +=
            sql.executeUpdate(
                "insert into profiles select * from "
                    + STAGING
                    + " order by name_key, ctid on conflict do nothing");
      }
    }
    DeferredProfileCounts.apply(connection);
    if (inserted >= STAGED_BATCH) {
      execute(connection, "analyze profiles");
    }
    return inserted;
  }

  private static long copy(
      Connection connection, String table, String options, Iterator<Profile> profiles, long max)
      throws SQLException {
    String sql =
        "copy "
            + table
            + " "
            + ProfileCopyRows.COLUMNS
            + " from stdin"
            + (options.isEmpty() ? "" : " with (" + options + ")");
    PGCopyOutputStream out =
        new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, COPY_BUFFER);
    try {
      new ProfileCopyRows().write(profiles, max, out);
      return out.endCopy();
    } catch (IOException e) {
      throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
    } finally {
      // A source that throws mid-stream leaves the copy open; cancel it so the rollback can run.
      if (out.isActive()) {
        out.cancelCopy();
      }
    }
  }

  private static boolean isEmpty(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("select not exists (select 1 from profiles)")) {
      row.next();
      return row.getBoolean(1);
    }
  }

  private static void execute(Connection connection, String statement) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }
}
