package io.insighta.adapters.cache.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.cache.Digests;
import io.insighta.adapters.cache.RedisTestServer;
import io.insighta.application.contract.Concurrently;
import io.insighta.application.contract.LoginStateStoreContract;
import io.insighta.application.contract.MutableClock;
import io.insighta.domain.user.LoginState;
import io.insighta.domain.user.LoginStateStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The login-state contract and the Redis specifics against a real redis-server. */
class RedisLoginStateStoreTest extends LoginStateStoreContract {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

  private static RedisTestServer server;
  private static RedisClient admin;
  private static RedisLoginStateStore store;

  @BeforeAll
  static void startRedis() {
    server = RedisTestServer.start();
    admin = server.client();
    MutableClock clock = new MutableClock(NOW);
    store = new RedisLoginStateStore(server.guard(clock), clock);
  }

  @AfterAll
  static void stopRedis() {
    admin.close();
    server.close();
  }

  @Override
  protected LoginStateStore store() {
    return store;
  }

  private static LoginState pending(String redirectUri) {
    return new LoginState(
        UUID.randomUUID().toString(), "v".repeat(64), redirectUri, NOW.plusSeconds(600));
  }

  private static String key(LoginState state) {
    return RedisLoginStateStore.PREFIX + Digests.sha256(state.state());
  }

  @Test
  void tenConcurrentConsumersGetTheStateExactlyOnce() throws Exception {
    LoginState state = pending("https://api.example/auth/github/callback");
    store.save(state);

    List<Optional<LoginState>> results =
        Concurrently.run(10, i -> store.consume(state.state(), NOW));

    assertThat(results).filteredOn(Optional::isPresent).containsExactly(Optional.of(state));
  }

  @Test
  void redisExpiresTheStateWithTheSignIn() {
    LoginState state = pending("http://127.0.0.1:53682/callback?x=1\tand a tab");
    store.save(state);

    assertThat(admin.pttl(key(state))).isBetween(590_000L, 600_000L);
    assertThat(store.consume(state.state(), NOW)).contains(state);
    assertThat(admin.exists(key(state))).isFalse();
  }

  @Test
  void anUnreadableEntryIsRefused() {
    LoginState state = pending("https://api.example/auth/github/callback");
    admin.set(key(state), "l1\tyesterday\tverifier\thttps://x");

    assertThat(store.consume(state.state(), NOW)).isEmpty();
  }
}
