package io.insighta.adapters.persistence.user;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.application.contract.LoginStateStoreContract;
import io.insighta.domain.user.LoginStateStore;

/** The jOOQ login-state store on real PostgreSQL honours the same contract as the in-memory one. */
class JooqLoginStateStoreContractTest extends LoginStateStoreContract {
  private final JooqLoginStateStore store = new JooqLoginStateStore(EmbeddedPostgresSupport.dsl());

  @Override
  protected LoginStateStore store() {
    return store;
  }
}
