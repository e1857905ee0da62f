package io.insighta.application.memory;

import io.insighta.domain.user.LoginState;
import io.insighta.domain.user.LoginStateStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pending sign-ins in memory (single instance only); {@code remove} makes consumption one-time. */
public final class InMemoryLoginStateStore implements LoginStateStore {
  private final Map<String, LoginState> states = new ConcurrentHashMap<>();

  @Override
  public void save(LoginState state) {
    states.put(state.state(), state);
  }

  @Override
  public Optional<LoginState> consume(String state, Instant now) {
    // Abandoned sign-ins are dropped here, so the map stays bounded by the auth rate limit.
    states.values().removeIf(pending -> !now.isBefore(pending.expiresAt()));
    if (state == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(states.remove(state))
        .filter(pending -> now.isBefore(pending.expiresAt()));
  }
}
