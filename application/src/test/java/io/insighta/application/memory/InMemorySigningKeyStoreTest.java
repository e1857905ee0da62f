package io.insighta.application.memory;

import io.insighta.application.contract.SigningKeyStoreContract;
import io.insighta.domain.token.SigningKeyStore;

class InMemorySigningKeyStoreTest extends SigningKeyStoreContract {

  @Override
  protected SigningKeyStore emptyStore() {
    return new InMemorySigningKeyStore();
  }
}
