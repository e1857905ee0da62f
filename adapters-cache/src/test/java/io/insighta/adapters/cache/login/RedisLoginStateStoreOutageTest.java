package io.insighta.adapters.cache.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.adapters.cache.RedisGuard;
import io.insighta.adapters.cache.RedisTestServer;
import io.insighta.application.StorageUnavailableException;
import io.insighta.application.contract.MutableClock;
import io.insighta.domain.user.LoginState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Without Redis a sign-in cannot complete: the store says so (503), and recovers by itself. */
class RedisLoginStateStoreOutageTest {
  private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
  private final RedisTestServer server = RedisTestServer.embedded();
  private final RedisClient client = server.client();
  private final RedisLoginStateStore store =
      new RedisLoginStateStore(new RedisGuard(client, clock, Duration.ofSeconds(1)), clock);
  private final LoginState state =
      new LoginState(
          "state-123", "v".repeat(43), "https://api.example/cb", clock.instant().plusSeconds(600));

  @AfterEach
  void stopRedis() {
    client.close();
    server.close();
  }

  @Test
  void anOutageIsReportedAsStorageUnavailableAndRecoveryNeedsNoRestart() {
    server.stop();

    assertThatThrownBy(() -> store.save(state))
        .isInstanceOf(StorageUnavailableException.class)
        .hasMessageContaining("sign-in");
    assertThatThrownBy(() -> store.consume(state.state(), Instant.now(clock)))
        .isInstanceOf(StorageUnavailableException.class);

    server.restart();
    clock.advance(Duration.ofSeconds(1));

    store.save(state);
    assertThat(store.consume(state.state(), clock.instant())).contains(state);
  }
}
