package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;

import io.insighta.adapters.persistence.jooq.tables.records.ProfilesRecord;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectLimitPercentStep;
import org.jooq.SelectSeekStepN;

/**
 * The page and count statements of a query, built in one place so the finder runs exactly the SQL
 * that {@link ProfileSqlRenderer} shows.
 */
final class ProfileSelects {
  private ProfileSelects() {}

  static SelectLimitPercentStep<ProfilesRecord> page(DSLContext dsl, ProfileQuery query) {
    return dsl.selectFrom(PROFILES)
        .where(ProfileConditions.of(query.filter()))
        .orderBy(ProfileOrder.of(query.sort()))
        .limit(query.page().limit());
  }

  static Select<ProfilesRecord> pageWithOffset(DSLContext dsl, ProfileQuery query) {
    return page(dsl, query).offset(query.page().offset());
  }

  static SelectSeekStepN<ProfilesRecord> all(DSLContext dsl, ProfileFilter filter, Sort sort) {
    return dsl.selectFrom(PROFILES)
        .where(ProfileConditions.of(filter))
        .orderBy(ProfileOrder.of(sort));
  }

  static Select<Record1<Integer>> count(DSLContext dsl, ProfileFilter filter) {
    return dsl.selectCount().from(PROFILES).where(ProfileConditions.of(filter));
  }
}
