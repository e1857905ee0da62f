package io.insighta.adapters.persistence.pat;

import io.insighta.adapters.persistence.EmbeddedPostgresSupport;
import io.insighta.adapters.persistence.user.JooqUserRepository;
import io.insighta.application.contract.PersonalAccessTokenStoreContract;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.user.AdminGrant;
import io.insighta.domain.user.ExternalIdentity;
import io.insighta.domain.user.UserId;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The jOOQ personal-access-token store on real PostgreSQL honours the same contract as the
 * in-memory one.
 */
class JooqPersonalAccessTokenStoreContractTest extends PersonalAccessTokenStoreContract {
  private final JooqPersonalAccessTokenStore store =
      new JooqPersonalAccessTokenStore(EmbeddedPostgresSupport.dsl());
  private final JooqUserRepository users = new JooqUserRepository(EmbeddedPostgresSupport.dsl());

  @Override
  protected PersonalAccessTokenStore store() {
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
