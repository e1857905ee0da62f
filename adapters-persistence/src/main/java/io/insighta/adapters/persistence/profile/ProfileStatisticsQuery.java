package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.query.ProfileStatistics;
import io.insighta.domain.query.ProfileStatistics.CountryCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.impl.DSL;

/**
 * The dashboard aggregates in one GROUP BY GROUPING SETS statement: one scan, and one snapshot so
 * the totals always agree with each other.
 */
final class ProfileStatisticsQuery {
  private static final Field<Integer> COUNT = DSL.count();
  private static final Field<String> COUNTRY_NAME = DSL.max(PROFILES.COUNTRY_NAME);

  private final DSLContext dsl;

  ProfileStatisticsQuery(DSLContext dsl) {
    this.dsl = dsl;
  }

  ProfileStatistics run(int topCountries) {
    if (topCountries < 0) {
      throw new IllegalArgumentException("topCountries must not be negative: " + topCountries);
    }
    Map<Gender, Long> byGender = new EnumMap<>(Gender.class);
    Map<AgeGroup, Long> byAgeGroup = new EnumMap<>(AgeGroup.class);
    List<CountryCount> countries = new ArrayList<>();
    // The grouped columns are NOT NULL, so a null in a row means "not grouped by this column".
    for (Record5<String, String, String, String, Integer> row : groupedCounts()) {
      long count = row.value5().longValue();
      if (row.value1() != null) {
        byGender.put(ProfileRecordMapper.gender(row.value1()), count);
      } else if (row.value2() != null) {
        byAgeGroup.put(ProfileRecordMapper.ageGroup(row.value2()), count);
      } else if (row.value3() != null) {
        countries.add(new CountryCount(new Country(row.value3(), row.value4()), count));
      }
    }
    long total = byGender.values().stream().mapToLong(Long::longValue).sum();
    List<CountryCount> top =
        countries.stream()
            .sorted(
                Comparator.comparingLong(CountryCount::count)
                    .reversed()
                    .thenComparing(c -> c.country().code()))
            .limit(topCountries)
            .toList();
    return new ProfileStatistics(total, byGender, byAgeGroup, top);
  }

  private List<Record5<String, String, String, String, Integer>> groupedCounts() {
    return dsl.select(PROFILES.GENDER, PROFILES.AGE_GROUP, PROFILES.COUNTRY_ID, COUNTRY_NAME, COUNT)
        .from(PROFILES)
        .groupBy(
            DSL.groupingSets(
                new Field<?>[] {PROFILES.GENDER},
                new Field<?>[] {PROFILES.AGE_GROUP},
                new Field<?>[] {PROFILES.COUNTRY_ID}))
        .fetch();
  }
}
