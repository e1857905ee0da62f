package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a table of 200,000 profiles spread over 50 countries, a search page (country, gender and age
 * range, default order) is read in order from the country-gender-created_at index with the age
 * range tested on the index entries: no sort, and no rows fetched only to be filtered out.
 */
class SearchPagePlanTest {
  private static final DSLContext DSL = EmbeddedPostgresSupport.dsl();

  @BeforeAll
  static void storeManyProfilesOverFiftyCountries() {
    DSL.truncate(PROFILES).execute();
    DSL.transaction(SearchPagePlanTest::insertRows);
  }

  /** 200,000 rows can take longer than the pool's statement timeout on a busy machine. */
  private static void insertRows() {
    DSL.execute("set local statement_timeout = 0");
    DSL.execute(
        "insert into profiles (id, name, name_key, gender, gender_probability, age, age_group,"
            + " country_id, country_name, country_probability, created_at)"
            + " select gen_random_uuid(), 'plan-' || n, 'plan-' || n,"
            + " case when n % 2 = 0 then 'male' else 'female' end, 0.5, n % 100,"
            + " case when n % 100 <= 12 then 'child' when n % 100 <= 19 then 'teenager'"
            + " when n % 100 <= 59 then 'adult' else 'senior' end,"
            + " chr(65 + n % 50 / 26) || chr(65 + n % 50 % 26), 'Somewhere', 0.5,"
            + " timestamptz '2026-01-01' + n * interval '1 second'"
            + " from generate_series(1, 200000) as n");
    DSL.execute("analyze profiles");
  }

  @AfterAll
  static void emptyTheTable() {
    DSL.truncate(PROFILES).execute();
  }

  @Test
  void aSearchPageWalksTheCountryGenderCreatedAtIndexAndTestsAgeOnTheIndex() {
    ProfileFilter women30to40InBb =
        ProfileFilter.NONE
            .withGender(Gender.FEMALE)
            .withCountry(Country.ofCode("BB").orElseThrow())
            .withMinAge(30)
            .withMaxAge(40);
    ProfileQuery page = new ProfileQuery(women30to40InBb, Sort.DEFAULT, new PageRequest(1, 10));

    String plan = explain(ProfileSqlRenderer.pageSqlInlined(page));

    assertThat(plan)
        .contains("Index Scan using profiles_country_gender_created_at_id_age_idx")
        .contains("(age >= 30)")
        .doesNotContain("Sort")
        .doesNotContain("Rows Removed by Filter");
  }

  private static String explain(String sql) {
    return String.join(
        "\n", DSL.fetch("explain (analyze, costs off) " + sql).getValues(0, String.class));
  }
}
