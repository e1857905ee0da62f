package io.insighta.application.memory;

import io.insighta.application.contract.ProfileFinderContract;
import io.insighta.application.contract.ProfileRepositoryContract;
import io.insighta.domain.profile.ProfileRepository;
import io.insighta.domain.query.ProfileFinder;
import org.junit.jupiter.api.Nested;

/** The in-memory store honours both out-port contracts, exactly as the PostgreSQL adapter must. */
class InMemoryProfileStoreContractTest {

  @Nested
  class AsRepository extends ProfileRepositoryContract {
    private InMemoryProfileStore store;

    @Override
    protected void reset() {
      store = new InMemoryProfileStore();
    }

    @Override
    protected ProfileRepository repository() {
      return store;
    }
  }

  @Nested
  class AsFinder extends ProfileFinderContract {
    private InMemoryProfileStore store;

    @Override
    protected void reset() {
      store = new InMemoryProfileStore();
    }

    @Override
    protected ProfileRepository repository() {
      return store;
    }

    @Override
    protected ProfileFinder finder() {
      return store;
    }
  }
}
