package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;
import static io.insighta.application.contract.ProfileFixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.adapters.persistence.jooq.tables.records.ProfilesRecord;
import io.insighta.domain.profile.AgeGroup;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The table refuses bad rows by itself, whatever code writes to it. */
class ProfileTableConstraintsTest {
  private final DSLContext dsl = EmbeddedPostgresSupport.dsl();

  @BeforeEach
  void empty() {
    dsl.truncate(PROFILES).execute();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "gender,              other,  23514, profiles_gender_valid",
    "gender,              Male,   23514, profiles_gender_valid",
    "gender_probability,  1.5,    23514, profiles_gender_probability_range",
    "gender_probability,  -0.01,  23514, profiles_gender_probability_range",
    "country_probability, 1.0001, 23514, profiles_country_probability_range",
    "age,                 -1,     23514, profiles_age_range",
    "age,                 151,    23514, profiles_age_range",
    "age_group,           child,  23514, profiles_age_group_matches_age",
    "age_group,           elder,  23514, profiles_age_group_matches_age",
    "country_id,          ng,     23514, profiles_country_id_upper_alpha2",
    "country_id,          N,      23514, profiles_country_id_upper_alpha2",
    "country_id,          NGA,    22001, ''",
    "country_name,        '',     23514, profiles_country_name_not_blank",
    "name,                '   ',  23514, profiles_name_not_blank",
    "name_key,            '',     23514, profiles_name_key_not_blank",
  })
  void aRowBreakingAConstraintIsRefused(
      String column, String value, String sqlState, String constraint) {
    ProfilesRecord row = ProfileRecordMapper.toRecord(named("valid"));
    put(row, PROFILES.field(column), value);
    if (column.equals("age") && !constraint.equals("profiles_age_group_matches_age")) {
      // Keep the stored group consistent so that only the age range itself is at fault.
      row.setAgeGroup(row.getAge() < 0 ? "child" : "senior");
    }

    assertThatThrownBy(() -> dsl.insertInto(PROFILES).set(row).execute())
        .isInstanceOfSatisfying(
            DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo(sqlState))
        .hasMessageContaining(constraint);
  }

  @Test
  void aSecondRowWithTheSameNameKeyIsRefused() {
    dsl.insertInto(PROFILES).set(ProfileRecordMapper.toRecord(named("Ada"))).execute();
    ProfilesRecord twin = ProfileRecordMapper.toRecord(named("ADA"));

    assertThatThrownBy(() -> dsl.insertInto(PROFILES).set(twin).execute())
        .isInstanceOfSatisfying(
            DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("23505"))
        .hasMessageContaining("profiles_name_key_unique");
  }

  @Test
  void aNameLongerThanAHundredCharactersIsRefused() {
    ProfilesRecord row = ProfileRecordMapper.toRecord(named("valid"));
    row.setName("x".repeat(101));

    assertThatThrownBy(() -> dsl.insertInto(PROFILES).set(row).execute())
        .isInstanceOfSatisfying(
            DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("22001"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 12, 13, 19, 20, 59, 60, 150})
  void everyAgeGroupEdgeIsAcceptedWithItsOwnGroup(int age) {
    ProfilesRecord row = ProfileRecordMapper.toRecord(named("edge-" + age));
    row.setAge(age);
    row.setAgeGroup(AgeGroup.of(age).code());

    assertThat(dsl.insertInto(PROFILES).set(row).execute()).isEqualTo(1);
  }

  private static <T> void put(ProfilesRecord row, Field<T> field, String text) {
    row.set(field, field.getDataType().convert(text));
  }
}
