package io.insighta.adapters.persistence.token;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.adapters.persistence.user.JooqUserRepository;
import io.insighta.application.contract.RefreshTokenStoreContract;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.UserId;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The jOOQ refresh-token store on real PostgreSQL honours the same contract as the in-memory one.
 */
class JooqRefreshTokenStoreContractTest extends RefreshTokenStoreContract {
  private final JooqRefreshTokenStore store =
      new JooqRefreshTokenStore(EmbeddedPostgresSupport.dsl());
  private final JooqUserRepository users = new JooqUserRepository(EmbeddedPostgresSupport.dsl());

  @Override
  protected RefreshTokenStore store() {
    return store;
  }

  @Override
  protected UserId existingUser() {
    long githubId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    return users
        .upsertOnLogin(
            new ExternalIdentity(githubId, "user" + githubId, null, null),
            AdminGrant.NONE,
            UserId.generate(Clock.systemUTC()),
            NOW)
        .id();
  }
}
