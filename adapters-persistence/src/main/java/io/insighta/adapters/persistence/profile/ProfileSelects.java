package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;

import io.insighta.adapters.persistence.jooq.tables.records.ProfilesRecord;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectSeekStepN;
import org.jooq.Table;

/**
 * The page, position, export and count statements of a query, built in one place so that the finder
 * runs exactly the SQL {@link ProfileSqlRenderer} shows.
 */
final class ProfileSelects {
  /**
   * From this offset on, a page first finds its ids alone (an index-only scan when the index covers
   * the filter and order) and then fetches just those rows, instead of reading every skipped row
   * from the table.
   */
  static final long DEFERRED_JOIN_OFFSET = 1_000;

  private ProfileSelects() {}

  static ResultQuery<ProfilesRecord> page(DSLContext dsl, ProfileQuery query) {
    int limit = query.page().limit();
    if (query.seek() != null) {
      Condition where =
          ProfileConditions.of(query.filter())
              .and(ProfileSeek.after(query.seek(), query.sort().order()));
      return dsl.selectFrom(PROFILES)
          .where(where)
          .orderBy(ProfileOrder.of(query.sort()))
          .limit(limit);
    }
    long offset = query.page().offset();
    if (offset < DEFERRED_JOIN_OFFSET) {
      return all(dsl, query.filter(), query.sort()).limit(limit).offset(offset);
    }
    Table<Record1<UUID>> keys =
        dsl.select(PROFILES.ID)
            .from(PROFILES)
            .where(ProfileConditions.of(query.filter()))
            .orderBy(ProfileOrder.of(query.sort()))
            .limit(limit)
            .offset(offset)
            .asTable("page_keys");
    Field<UUID> key = keys.field(PROFILES.ID);
    return dsl.select(PROFILES.fields())
        .from(PROFILES)
        .join(keys)
        .on(PROFILES.ID.eq(key))
        .orderBy(ProfileOrder.of(query.sort()))
        .coerce(PROFILES);
  }

  /**
   * The row at a position of the order: its id alone is found first (index-only where the index
   * covers filter and order), then the row by primary key.
   */
  static ResultQuery<ProfilesRecord> rowAt(
      DSLContext dsl, ProfileFilter filter, Sort sort, long position) {
    return dsl.selectFrom(PROFILES)
        .where(
            PROFILES.ID.eq(
                dsl.select(PROFILES.ID)
                    .from(PROFILES)
                    .where(ProfileConditions.of(filter))
                    .orderBy(ProfileOrder.of(sort))
                    .limit(1)
                    .offset(position)));
  }

  static SelectSeekStepN<ProfilesRecord> all(DSLContext dsl, ProfileFilter filter, Sort sort) {
    return dsl.selectFrom(PROFILES)
        .where(ProfileConditions.of(filter))
        .orderBy(ProfileOrder.of(sort));
  }

  /**
   * The exact total of a filter: summed from the count cells when they cover it (at most 2 x 250 x
   * 151 cells, whatever the table's size), else counted from the matching rows.
   */
  static Select<? extends Record1<? extends Number>> count(DSLContext dsl, ProfileFilter filter) {
    if (ProfileCountCells.cover(filter)) {
      return ProfileCountCells.total(dsl, filter);
    }
    return dsl.selectCount().from(PROFILES).where(ProfileConditions.of(filter));
  }
}
