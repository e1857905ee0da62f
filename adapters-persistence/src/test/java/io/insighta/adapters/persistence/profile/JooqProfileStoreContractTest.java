package io.insighta.adapters.persistence.profile;

import static io.insighta.adapters.persistence.jooq.Tables.PROFILES;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.application.contract.ProfileFinderContract;
import io.insighta.application.contract.ProfileRepositoryContract;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileFinder;
import org.junit.jupiter.api.Nested;

/** The jOOQ adapter on real PostgreSQL honours the same contracts as the in-memory store. */
class JooqProfileStoreContractTest {

  private static void truncate() {
    EmbeddedPostgresSupport.dsl().truncate(PROFILES).execute();
  }

  @Nested
  class AsRepository extends ProfileRepositoryContract {
    @Override
    protected void reset() {
      truncate();
    }

    @Override
    protected ProfileRepository repository() {
      return new JooqProfileRepository(EmbeddedPostgresSupport.dsl());
    }
  }

  @Nested
  class AsFinder extends ProfileFinderContract {
    @Override
    protected void reset() {
      truncate();
    }

    @Override
    protected ProfileRepository repository() {
      return new JooqProfileRepository(EmbeddedPostgresSupport.dsl());
    }

    @Override
    protected ProfileFinder finder() {
      return new JooqProfileFinder(EmbeddedPostgresSupport.dsl());
    }
  }
}
