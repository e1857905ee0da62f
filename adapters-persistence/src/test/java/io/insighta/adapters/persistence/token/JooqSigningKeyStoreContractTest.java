package io.insighta.adapters.persistence.token;

import static io.insighta.adapters.persistence.jooq.Tables.SIGNING_KEYS;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.application.contract.SigningKeyStoreContract;
import io.insighta.domain.token.SigningKeyStore;

/** The jOOQ signing-key store on real PostgreSQL honours the same contract as the in-memory one. */
class JooqSigningKeyStoreContractTest extends SigningKeyStoreContract {

  @Override
  protected SigningKeyStore emptyStore() {
    EmbeddedPostgresSupport.dsl().deleteFrom(SIGNING_KEYS).execute();
    return new JooqSigningKeyStore(EmbeddedPostgresSupport.dsl());
  }
}
