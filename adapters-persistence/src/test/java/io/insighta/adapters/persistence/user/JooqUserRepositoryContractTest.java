package io.insighta.adapters.persistence.user;

import static io.insighta.adapters.persistence.jooq.Tables.GITHUB_LOGINS;
import static io.insighta.adapters.persistence.jooq.Tables.USERS;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.application.contract.UserRepositoryContract;
import io.insighta.domain.user.UserRepository;
import org.junit.jupiter.api.BeforeEach;

/** The jOOQ user repository on real PostgreSQL honours the same contract as the in-memory one. */
class JooqUserRepositoryContractTest extends UserRepositoryContract {
  private final JooqUserRepository repository =
      new JooqUserRepository(EmbeddedPostgresSupport.dsl());

  @BeforeEach
  void emptyTable() {
    EmbeddedPostgresSupport.dsl().truncate(USERS).cascade().execute();
    EmbeddedPostgresSupport.dsl().truncate(GITHUB_LOGINS).execute();
  }

  @Override
  protected UserRepository repository() {
    return repository;
  }
}
