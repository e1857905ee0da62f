package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;
import static io.insighta.application.contract.ProfileFixtures.BASE_TIME;
import static io.insighta.application.contract.ProfileFixtures.named;
import static io.insighta.application.contract.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.insighta.adapters.persistence.DataSourceFactory;
import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.adapters.persistence.JooqContexts;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileName;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The COPY paths of the bulk load: into an empty table, staged batches, and failures. */
class ProfileBulkLoaderTest {
  private final DSLContext dsl = EmbeddedPostgresSupport.dsl();
  private final JooqProfileRepository repository = new JooqProfileRepository(dsl);

  @BeforeEach
  void empty() {
    dsl.truncate(PROFILES).execute();
  }

  @Test
  void aLoadIntoAnEmptyTableRebuildsEveryConstraintAndIndexAsItWas() {
    List<String> before = indexDefinitions();

    long inserted = new ProfileBulkLoader(dsl).load(people("p", 500).iterator());

    assertThat(inserted).isEqualTo(500);
    assertThat(indexDefinitions()).isEqualTo(before).hasSizeGreaterThan(2);
    assertThat(repository.insertIfAbsent(named("P-7")).created()).isFalse();
  }

  @Test
  void aLoadLongerThanTheStatementTimeoutIsNotCancelled() {
    try (HikariDataSource pool =
        DataSourceFactory.create(EmbeddedPostgresSupport.url(), 2, Duration.ofMillis(20))) {
      DSLContext impatient = JooqContexts.threadBound(pool);

      assertThat(new ProfileBulkLoader(impatient).load(people("t", 20_000).iterator()))
          .isEqualTo(20_000);
      assertThat(new ProfileBulkLoader(impatient, 5_000).load(people("u", 20_000).iterator()))
          .isEqualTo(20_000);
    }
  }

  @Test
  void rowsLoadedIntoAnEmptyTableAreFrozenSoCountsCanUseIndexOnlyScans() {
    new ProfileBulkLoader(dsl).load(people("v", 2_000).iterator());

    Integer allVisiblePages =
        dsl.resultQuery("select relallvisible from pg_class where oid = 'profiles'::regclass")
            .fetchSingle()
            .get(0, Integer.class);
    assertThat(allVisiblePages).isPositive();
  }

  @Test
  void aRepeatedIdInALoadIntoAnEmptyTableKeepsTheFirstRow() {
    Profile first = named("first");
    Profile sameId = profile(first.id(), "second", Gender.MALE, 0.7, 40, "KE", 0.4, BASE_TIME);

    long inserted =
        new ProfileBulkLoader(dsl).load(List.of(first, sameId, named("third")).iterator());

    assertThat(inserted).isEqualTo(2);
    assertThat(repository.findById(first.id())).contains(first);
    assertThat(repository.findByName(new ProfileName("second"))).isEmpty();
  }

  @Test
  void stagedBatchesSkipStoredIdsAndNamesAcrossBatchBoundaries() {
    Profile stored = named("stored");
    repository.insertIfAbsent(stored);
    Profile sameId = profile(stored.id(), "other", Gender.MALE, 0.7, 40, "KE", 0.4, BASE_TIME);
    List<Profile> file = List.of(named("a"), named("STORED"), sameId, named("b"), named("A"));

    long inserted = new ProfileBulkLoader(dsl, 2).load(file.iterator());

    assertThat(inserted).isEqualTo(2);
    assertThat(dsl.fetchCount(PROFILES)).isEqualTo(3);
    assertThat(repository.findById(stored.id())).contains(stored);
  }

  @Test
  void aLoadThatFailsHalfwayStoresNothingAndKeepsTheIndexes() {
    List<String> before = indexDefinitions();
    Iterator<Profile> failing =
        IntStream.range(0, 10)
            .mapToObj(
                i -> {
                  if (i == 5) {
                    throw new IllegalStateException("source broke");
                  }
                  return named("f" + i);
                })
            .iterator();

    assertThatThrownBy(() -> new ProfileBulkLoader(dsl).load(failing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("source broke");

    assertThat(dsl.fetchCount(PROFILES)).isZero();
    assertThat(indexDefinitions()).isEqualTo(before);
  }

  private List<String> indexDefinitions() {
    return dsl.resultQuery(
            "select pg_get_indexdef(indexrelid) from pg_index"
                + " where indrelid = 'profiles'::regclass order by 1")
        .fetch()
        .getValues(0, String.class);
  }

  private static List<Profile> people(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> named(prefix + "-" + i)).toList();
  }
}
