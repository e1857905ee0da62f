package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;
import static io.insighta.application.contract.ProfileFixtures.BASE_TIME;
import static io.insighta.application.contract.ProfileFixtures.named;
import static io.insighta.application.contract.ProfileFixtures.nextId;
import static io.insighta.application.contract.ProfileFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PostgreSQL-specific storage details the shared contract does not cover. */
class JooqProfileRepositoryTest {
  private final JooqProfileRepository repository =
      new JooqProfileRepository(EmbeddedPostgresSupport.dsl());

  @BeforeEach
  void empty() {
    EmbeddedPostgresSupport.dsl().truncate(PROFILES).execute();
  }

  @Test
  void createdAtIsStoredToTheMicrosecond() {
    Instant precise = Instant.parse("2026-04-01T12:00:00.123456789Z");
    Profile ada = profile(nextId(), "ada", Gender.FEMALE, 0.5, 30, "NG", 0.5, precise);

    Profile stored = repository.insertIfAbsent(ada).profile();

    Instant micros = Instant.parse("2026-04-01T12:00:00.123456Z");
    assertThat(stored.createdAt()).isEqualTo(micros);
    assertThat(repository.findById(ada.id()).orElseThrow().createdAt()).isEqualTo(micros);
  }

  @Test
  void theStoredNameKeyIsTheJavaKeyOfTheName() {
    repository.insertIfAbsent(named("ZOE\u0308"));

    String key =
        EmbeddedPostgresSupport.dsl()
            .select(PROFILES.NAME_KEY)
            .from(PROFILES)
            .fetchSingle()
            .value1();

    assertThat(key).isEqualTo("zo\u00EB");
  }

  @Test
  void aBulkRowWhoseIdIsAlreadyStoredIsSkippedLikeARepeatedName() {
    Profile ada = profile(nextId(), "ada", Gender.FEMALE, 0.5, 30, "NG", 0.5, BASE_TIME);
    repository.insertIfAbsent(ada);
    Profile renamed = profile(ada.id(), "adaeze", Gender.FEMALE, 0.5, 30, "NG", 0.5, BASE_TIME);

    assertThat(repository.insertAllIfAbsent(List.of(renamed, named("bola")))).isEqualTo(1);
    assertThat(repository.findById(ada.id())).contains(ada);
  }
}
