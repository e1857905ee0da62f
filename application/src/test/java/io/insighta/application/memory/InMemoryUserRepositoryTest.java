package io.insighta.application.memory;

import io.insighta.application.contract.UserRepositoryContract;
import io.insighta.domain.user.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {
  private final InMemoryUserRepository repository = new InMemoryUserRepository();

  @Override
  protected UserRepository repository() {
    return repository;
  }
}
