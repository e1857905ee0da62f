package io.insighta.application.memory;

import io.insighta.application.contract.PersonalAccessTokenStoreContract;
import io.insighta.domain.pat.PersonalAccessTokenStore;
import io.insighta.domain.user.UserId;
import java.time.Clock;

class InMemoryPersonalAccessTokenStoreTest extends PersonalAccessTokenStoreContract {
  private final InMemoryPersonalAccessTokenStore store = new InMemoryPersonalAccessTokenStore();

  @Override
  protected PersonalAccessTokenStore store() {
    return store;
  }

  @Override
  protected UserId existingUser() {
    return UserId.generate(Clock.systemUTC());
  }
}
