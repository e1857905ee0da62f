package io.insighta.application.memory;

import io.insighta.application.contract.LoginStateStoreContract;
import io.insighta.domain.user.LoginStateStore;

class InMemoryLoginStateStoreTest extends LoginStateStoreContract {
  private final InMemoryLoginStateStore store = new InMemoryLoginStateStore();

  @Override
  protected LoginStateStore store() {
    return store;
  }
}
