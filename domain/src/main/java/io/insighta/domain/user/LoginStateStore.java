package io.insighta.domain.user;

import java.time.Instant;
import java.util.Optional;

/** Out-port: pending sign-ins shared by every server instance, each consumable exactly once. */
public interface LoginStateStore {

  void save(LoginState state);

  /**
   * Removes and returns the pending sign-in for {@code state} if it has not expired at {@code now};
   * atomic, so that of concurrent calls with one state at most one gets it.
   */
  Optional<LoginState> consume(String state, Instant now);
}
