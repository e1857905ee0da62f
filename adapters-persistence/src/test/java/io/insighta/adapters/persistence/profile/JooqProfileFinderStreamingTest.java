package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;
import static io.insighta.application.contract.ProfileFixtures.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.adapters.persistence.JooqTransactionRunner;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export stream reads through a server-side cursor and always gives its connection back. */
class JooqProfileFinderStreamingTest {
  private static final int ROWS = 3 * JooqProfileFinder.FETCH_SIZE + 7;
  private final DSLContext dsl = EmbeddedPostgresSupport.dsl();
  private final JooqProfileFinder finder = new JooqProfileFinder(dsl);

  @BeforeAll
  static void storeMoreRowsThanOneFetch() {
    EmbeddedPostgresSupport.dsl().truncate(PROFILES).execute();
    List<Profile> rows = IntStream.range(0, ROWS).mapToObj(i -> named("row-" + i)).toList();
    new JooqProfileRepository(EmbeddedPostgresSupport.dsl()).insertAllIfAbsent(rows);
  }

  @Test
  void rowsArriveThroughAnOpenServerSideCursor() {
    List<Integer> openCursors = new ArrayList<>();
    AtomicInteger seen = new AtomicInteger();

    finder.streamAll(
        ProfileFilter.NONE,
        Sort.DEFAULT,
        p -> {
          if (seen.getAndIncrement() == 0) {
            // Same thread, same transaction, same connection: the driver's portal is visible.
            openCursors.add(
                dsl.fetchSingle("select count(*) from pg_cursors where name <> ''")
                    .get(0, Integer.class));
          }
        });

    assertThat(seen).hasValue(ROWS);
    assertThat(openCursors).singleElement().satisfies(n -> assertThat(n).isPositive());
  }

  @Test
  void aFailingSinkStopsTheStreamAndReturnsTheConnection() {
    IllegalStateException clientGone = new IllegalStateException("client went away");
    AtomicInteger seen = new AtomicInteger();

    assertThatThrownBy(
            () ->
                finder.streamAll(
                    ProfileFilter.NONE,
                    Sort.DEFAULT,
                    p -> {
                      if (seen.incrementAndGet() == 10) {
                        throw clientGone;
                      }
                    }))
        .isSameAs(clientGone);

    assertThat(seen).hasValue(10);
    assertThat(EmbeddedPostgresSupport.dataSource().getHikariPoolMXBean().getActiveConnections())
        .isZero();
  }

  @Test
  void streamingInsideAnOuterTransactionJoinsIt() {
    AtomicInteger seen = new AtomicInteger();

    int total =
        new JooqTransactionRunner(dsl)
            .inTransaction(
                () -> {
                  finder.streamAll(ProfileFilter.NONE, Sort.DEFAULT, p -> seen.incrementAndGet());
                  return seen.get();
                });

    assertThat(total).isEqualTo(ROWS);
  }
}
