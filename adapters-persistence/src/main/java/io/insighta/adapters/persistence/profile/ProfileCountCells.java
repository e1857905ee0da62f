package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILE_COUNTS;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.query.ProfileFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The exact total of a filter without probability bounds, summed over the {@code profile_counts}
 * cells (gender, country, age) that the triggers of V9 keep in step with {@code profiles}.
 */
final class ProfileCountCells {
  private ProfileCountCells() {}

  /** Whether the cells can answer the filter: probabilities are not part of a cell. */
  static boolean cover(ProfileFilter filter) {
    return filter.minGenderProbability() == null && filter.minCountryProbability() == null;
  }

  static Select<Record1<BigDecimal>> total(DSLContext dsl, ProfileFilter filter) {
    if (!cover(filter)) {
      throw new IllegalArgumentException("the count cells hold no probabilities: " + filter);
    }
    return dsl.select(DSL.coalesce(DSL.sum(PROFILE_COUNTS.PROFILES), BigDecimal.ZERO))
        .from(PROFILE_COUNTS)
        .where(conditions(filter));
  }

  private static Condition conditions(ProfileFilter filter) {
    List<Condition> conditions = new ArrayList<>();
    if (filter.gender() != null) {
      conditions.add(PROFILE_COUNTS.GENDER.eq(filter.gender().code()));
    }
    if (filter.country() != null) {
      conditions.add(PROFILE_COUNTS.COUNTRY_ID.eq(filter.country().code()));
    }
    // An age group is an age range (profiles_age_group_matches_age); intersected with min/max age.
    AgeGroup group = filter.ageGroup();
    Integer min = max(filter.minAge(), group == null ? null : group.minAge());
    Integer max = min(filter.maxAge(), group == null ? null : group.maxAge());
    if (min != null) {
      conditions.add(PROFILE_COUNTS.AGE.ge(min));
    }
    if (max != null && max != Integer.MAX_VALUE) {
      conditions.add(PROFILE_COUNTS.AGE.le(max));
    }
    return DSL.and(conditions);
  }

  private static Integer max(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
  }

  private static Integer min(Integer a, Integer b) {
    return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
  }
}
