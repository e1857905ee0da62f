package io.insighta.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.user.LoginState;
import io.insighta.domain.user.LoginStateStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link LoginStateStore} must do: one-time, expiring, race-free consumption. */
public abstract class LoginStateStoreContract {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private static final String VERIFIER = "v".repeat(64);

  protected abstract LoginStateStore store();

  private static LoginState pending(Instant expiresAt) {
    return new LoginState(
        UUID.randomUUID().toString(),
        VERIFIER,
        "https://api.example/auth/github/callback",
        expiresAt);
  }

  @Test
  void savedStateIsConsumedExactlyOnce() {
    LoginState state = pending(NOW.plusSeconds(600));
    store().save(state);

    assertThat(store().consume(state.state(), NOW)).contains(state);
    assertThat(store().consume(state.state(), NOW)).isEmpty();
  }

  @Test
  void expiredStateIsNotReturned() {
    LoginState state = pending(NOW.plusSeconds(600));
    store().save(state);

    assertThat(store().consume(state.state(), NOW.plusSeconds(600))).isEmpty();
  }

  @Test
  void stateIsReturnedJustBeforeItExpires() {
    LoginState state = pending(NOW.plusSeconds(600));
    store().save(state);

    assertThat(store().consume(state.state(), NOW.plusSeconds(599))).contains(state);
  }

  @Test
  void unknownStateIsEmpty() {
    assertThat(store().consume("never-saved-state-value", NOW)).isEmpty();
  }

  @Test
  void concurrentConsumersGetTheStateAtMostOnce() throws Exception {
    LoginState state = pending(NOW.plusSeconds(600));
    store().save(state);

    List<Optional<LoginState>> results =
        Concurrently.run(8, i -> store().consume(state.state(), NOW));

    assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
  }
}
