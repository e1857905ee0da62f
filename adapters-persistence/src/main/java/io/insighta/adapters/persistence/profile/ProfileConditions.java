package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;

import io.insighta.domain.query.ProfileFilter;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Translates a profile filter into bound jOOQ conditions (inclusive bounds, AND-combined). */
final class ProfileConditions {
  private ProfileConditions() {}

  static Condition of(ProfileFilter filter) {
    List<Condition> conditions = new ArrayList<>();
    if (filter.gender() != null) {
      conditions.add(PROFILES.GENDER.eq(filter.gender().code()));
    }
    if (filter.ageGroup() != null) {
      conditions.add(PROFILES.AGE_GROUP.eq(filter.ageGroup().code()));
    }
    if (filter.country() != null) {
      conditions.add(PROFILES.COUNTRY_ID.eq(filter.country().code()));
    }
    if (filter.minAge() != null) {
      conditions.add(PROFILES.AGE.ge(filter.minAge()));
    }
    if (filter.maxAge() != null) {
      conditions.add(PROFILES.AGE.le(filter.maxAge()));
    }
    if (filter.minGenderProbability() != null) {
      conditions.add(PROFILES.GENDER_PROBABILITY.ge(filter.minGenderProbability()));
    }
    if (filter.minCountryProbability() != null) {
      conditions.add(PROFILES.COUNTRY_PROBABILITY.ge(filter.minCountryProbability()));
    }
    return DSL.and(conditions);
  }
}
