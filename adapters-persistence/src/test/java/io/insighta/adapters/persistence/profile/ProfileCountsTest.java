package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;
import static io.insighta.adapters.persistence.jooq.Tables.PROFILE_COUNTS;
import static io.insighta.application.contract.ProfileFixtures.BASE_TIME;
import static io.insighta.application.contract.ProfileFixtures.nextId;
import static io.insighta.application.contract.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.insighta.adapters.persistence.DataSourceFactory;
import io.insighta.adapters.persistence.DatabaseUrl;
import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.adapters.persistence.FlywayMigrator;
import io.insighta.application.contract.Concurrently;
import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.ProfileFilter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code profile_counts} equals a {@code count(*)} per cell after every write path: concurrent
 * creates and deletes beside an import, both bulk-load paths, updates, truncation and rollback.
 */
class ProfileCountsTest {
  private static final Gender[] GENDERS = Gender.values();
  private static final int WRITERS = 6;
  private static final int WRITES = 40;
  private final DSLContext dsl = EmbeddedPostgresSupport.dsl();
  private final JooqProfileRepository repository = new JooqProfileRepository(dsl);

  @BeforeEach
  void empty() {
    dsl.truncate(PROFILES).execute();
  }

  @Test
  void concurrentCreatesDeletesAndAnImportInTheSameCellsEndExactWithoutDeadlock() throws Exception {
    repository.insertAllIfAbsent(people("seed", 50));
    // The import's last batches hold the names the writers create. Were its cells locked from its
    // first batch on, a writer that created one of those names would wait for a cell while the
    // import waited for the writer's name.
    List<Profile> file = new ArrayList<>(people("file", 1_500));
    for (int w = 0; w < WRITERS; w++) {
      for (int i = 0; i < WRITES; i++) {
        file.add(person("w" + w + "-" + i, i));
      }
    }

    Concurrently.run(
        WRITERS + 1,
        thread -> {
          if (thread == WRITERS) {
            return new ProfileBulkLoader(dsl, 200).load(file.iterator());
          }
          long written = 0;
          for (int i = 0; i < WRITES; i++) {
            Profile created = person("w" + thread + "-" + i, i);
            written += repository.insertIfAbsent(created).created() ? 1 : 0;
            if (i % 3 == 0) {
              repository.delete(created.id());
            }
          }
          return written;
        });

    assertThat(mismatchedCells()).isEmpty();
    assertThat(total()).isEqualTo(dsl.fetchCount(PROFILES));
  }

  @Test
  void aLoadIntoAnEmptyTableCountsEveryRowButTheRepeatedOnes() {
    Profile first = person("first", 30);
    Profile sameId = profile(first.id(), "again", Gender.FEMALE, 0.5, 70, "KE", 0.5, BASE_TIME);
    Iterator<Profile> file =
        Stream.concat(people("e", 300).stream(), Stream.of(first, sameId)).iterator();

    assertThat(new ProfileBulkLoader(dsl).load(file)).isEqualTo(301);

    assertThat(mismatchedCells()).isEmpty();
    assertThat(total()).isEqualTo(301);
    repository.insertIfAbsent(person("after", 99));
    repository.delete(first.id());
    assertThat(mismatchedCells()).isEmpty();
    assertThat(total()).isEqualTo(301);
  }

  @Test
  void aStagedLoadCountsOnlyTheRowsItInserts() {
    repository.insertAllIfAbsent(people("s", 10));
    List<Profile> file = new ArrayList<>(people("s", 20));
    file.add(person("S-3", 44));

    long inserted = new ProfileBulkLoader(dsl, 3).load(file.iterator());

    assertThat(inserted).isEqualTo(10);
    assertThat(mismatchedCells()).isEmpty();
    assertThat(total()).isEqualTo(20);
  }

  @Test
  void writesAfterAStagedLoadInTheSameTransactionAreCountedAtOnce() {
    repository.insertIfAbsent(person("present", 10));

    dsl.transaction(
        () -> {
          new ProfileBulkLoader(dsl, 2).load(people("t", 5).iterator());
          repository.insertIfAbsent(person("later", 20));
          assertThat(mismatchedCells()).isEmpty();
        });

    assertThat(total()).isEqualTo(7);
  }

  @Test
  void aRolledBackTransactionLeavesTheCountsAsTheyWere() {
    repository.insertAllIfAbsent(people("r", 30));
    Result<Record> before = cells();
    Profile stored = repository.findByName(people("r", 1).get(0).name()).orElseThrow();

    assertThatThrownBy(
            () ->
                dsl.transaction(
                    () -> {
                      repository.insertIfAbsent(person("gone", 5));
                      repository.delete(stored.id());
                      new ProfileBulkLoader(dsl, 4).load(people("x", 9).iterator());
                      throw new IllegalStateException("roll back");
                    }))
        .hasMessage("roll back");

    assertThat(cells()).isEqualTo(before);
  }

  @Test
  void aLoadIntoAnEmptyTableThatFailsLeavesTheTriggersOn() {
    Iterator<Profile> failing =
        IntStream.range(0, 10)
            .mapToObj(
                i -> {
                  if (i == 5) {
                    throw new IllegalStateException("source broke");
                  }
                  return person("f" + i, i);
                })
            .iterator();

    assertThatThrownBy(() -> new ProfileBulkLoader(dsl).load(failing)).hasMessage("source broke");

    repository.insertIfAbsent(person("next", 1));
    assertThat(total()).isEqualTo(1);
    assertThat(mismatchedCells()).isEmpty();
  }

  @Test
  void updatesMoveProfilesBetweenCellsAndTruncationEmptiesThem() {
    repository.insertAllIfAbsent(people("u", 40));

    dsl.update(PROFILES)
        .set(PROFILES.AGE, PROFILES.AGE.plus(1))
        .set(PROFILES.AGE_GROUP, AgeGroup.SENIOR.code())
        .where(PROFILES.AGE.ge(60))
        .execute();
    dsl.update(PROFILES)
        .set(PROFILES.COUNTRY_ID, "ZA")
        .set(PROFILES.NAME, PROFILES.NAME.concat("!"))
        .where(PROFILES.GENDER.eq("male"))
        .execute();
    assertThat(mismatchedCells()).isEmpty();
    assertThat(total()).isEqualTo(40);

    dsl.truncate(PROFILES).execute();
    assertThat(dsl.fetchCount(PROFILE_COUNTS)).isZero();
  }

  @Test
  void theMigrationCountsTheRowsAlreadyStored() {
    DatabaseUrl url = EmbeddedPostgresSupport.freshSchema();
    try (HikariDataSource pool = DataSourceFactory.create(url, 2)) {
      Flyway.configure(getClass().getClassLoader())
          .dataSource(pool)
          .locations("classpath:db/migration")
          .target("8")
          .load()
          .migrate();
      DSLContext old = DSL.using(pool, SQLDialect.POSTGRES);
      new JooqProfileRepository(old).insertAllIfAbsent(people("m", 25));

      new FlywayMigrator(pool).migrate();

      assertThat(mismatchedCells(old)).isEmpty();
      assertThat(old.fetchSingle("select sum(profiles) from profile_counts").get(0, Long.class))
          .isEqualTo(25);
    }
  }

  @Test
  void totalsWithoutProbabilityBoundsReadOnlyTheCountCells() {
    repository.insertAllIfAbsent(people("p", 20));
    ProfileFilter demographic =
        ProfileFilter.NONE.withGender(Gender.MALE).withAgeGroup(AgeGroup.ADULT).withMinAge(30);

    assertThat(plan(demographic)).contains("on profile_counts").doesNotContain("on profiles");
    assertThat(plan(demographic.withMinCountryProbability(0.5))).contains("on profiles");
  }

  private String plan(ProfileFilter filter) {
    return String.join(
        "\n",
        dsl.fetch("explain " + ProfileSqlRenderer.countSqlInlined(filter))
            .getValues(0, String.class));
  }

  /** Cells whose count differs from the rows in them (a cell left at 0 is not a difference). */
  private List<String> mismatchedCells() {
    return mismatchedCells(dsl);
  }

  private static List<String> mismatchedCells(DSLContext dsl) {
    return dsl.fetch(
            "select coalesce(c.gender, p.gender) || ' ' || coalesce(c.country_id, p.country_id)"
                + " || ' ' || coalesce(c.age, p.age) || ': ' || coalesce(c.profiles, 0)"
                + " || ' counted, ' || coalesce(p.n, 0) || ' stored'"
                + " from profile_counts c full join (select gender, country_id, age, count(*) n"
                + " from profiles group by gender, country_id, age) p"
                + " on (c.gender, c.country_id, c.age) = (p.gender, p.country_id, p.age)"
                + " where coalesce(c.profiles, 0) <> coalesce(p.n, 0)")
        .getValues(0, String.class);
  }

  private long total() {
    return dsl.fetchSingle("select coalesce(sum(profiles), 0) from profile_counts")
        .get(0, Long.class);
  }

  private Result<Record> cells() {
    return dsl.fetch("select * from profile_counts where profiles <> 0 order by 1, 2, 3");
  }

  /** Profiles spread over few cells: two genders, two countries, ages 0 to 99. */
  private static List<Profile> people(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> person(prefix + "-" + i, i)).toList();
  }

  private static Profile person(String name, int n) {
    return profile(
        nextId(),
        name,
        GENDERS[n % 2],
        0.9,
        n % 100,
        n % 3 == 0 ? "NG" : "ZA",
        (n % 10) / 10.0,
        BASE_TIME);
  }
}
