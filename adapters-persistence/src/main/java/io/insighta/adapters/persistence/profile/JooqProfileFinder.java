package io.insighta.adapters.persistence.profile;

import io.insighta.adapters.persistence.ReadRetry;
import io.insighta.adapters.persistence.jooq.tables.records.ProfilesRecord;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileStatistics;
import io.insighta.domain.query.Seek;
import io.insighta.domain.query.Sort;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;

/** Lists, counts and streams profiles with SQL built by jOOQ from the filter and sort values. */
public final class JooqProfileFinder implements ProfileFinder {
  /** Rows per round trip of the export cursor: memory stays bounded by this, not by the result. */
  static final int FETCH_SIZE = 1000;

  private final DSLContext dsl;
  private final ReadRetry reads;

  /** Takes the shared context from {@code JooqContexts.threadBound}. */
  public JooqProfileFinder(DSLContext dsl) {
    this(dsl, ReadRetry.withoutEviction());
  }

  /** Also takes how its reads are retried when their connection is lost. */
  public JooqProfileFinder(DSLContext dsl, ReadRetry reads) {
    this.dsl = dsl;
    this.reads = reads;
  }

  @Override
  public List<Profile> findPage(ProfileQuery query) {
    return reads.read(
        () -> dsl.fetch(ProfileSelects.page(dsl, query)).map(ProfileRecordMapper::toProfile));
  }

  @Override
  public Optional<Seek> positionBefore(ProfileQuery query) {
    long offset = query.page().offset();
    if (offset == 0) {
      return Optional.empty();
    }
    return reads.read(() -> positionAt(query, offset));
  }

  private Optional<Seek> positionAt(ProfileQuery query, long offset) {
    return dsl.fetchOptional(ProfileSelects.rowAt(dsl, query.filter(), query.sort(), offset - 1))
        .map(ProfileRecordMapper::toProfile)
        .map(previous -> Seek.after(previous, query.sort().field()));
  }

  @Override
  public long count(ProfileFilter filter) {
    return reads.read(
        () -> dsl.fetchSingle(ProfileSelects.count(dsl, filter)).value1().longValue());
  }

  @Override
  public void streamAll(ProfileFilter filter, Sort sort, Consumer<Profile> sink) {
    // PostgreSQL's driver only honours the fetch size (a server-side cursor) with autocommit off,
    // hence the transaction; without it the whole result would be loaded into memory.
    dsl.transaction(
        () -> {
          // The export lasts as long as the client takes to read it, not one request's timeout.
          dsl.execute("set local statement_timeout = 0");
          try (Cursor<ProfilesRecord> rows =
              ProfileSelects.all(dsl, filter, sort).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (ProfilesRecord row : rows) {
              sink.accept(ProfileRecordMapper.toProfile(row));
            }
          }
        });
  }

  @Override
  public ProfileStatistics statistics(int topCountries) {
    return reads.read(() -> new ProfileStatisticsQuery(dsl).run(topCountries));
  }
}
