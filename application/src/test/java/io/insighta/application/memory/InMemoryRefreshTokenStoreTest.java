package io.insighta.application.memory;

import io.insighta.application.contract.RefreshTokenStoreContract;
import io.insighta.domain.token.RefreshTokenStore;
import io.insighta.domain.user.UserId;
import java.time.Clock;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {
  private final InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore();

  @Override
  protected RefreshTokenStore store() {
    return store;
  }

  @Override
  protected UserId existingUser() {
    return UserId.generate(Clock.systemUTC());
  }
}
