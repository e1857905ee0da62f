package io.insighta.adapters.cache.login;

import io.insighta.adapters.cache.Digests;
import io.insighta.adapters.cache.RedisGuard;
import io.insighta.adapters.cache.RedisUnavailableException;
import io.insighta.adapters.cache.StateChangeLog;
import io.insighta.application.StorageUnavailableException;
import io.insighta.domain.user.LoginState;
import io.insighta.domain.user.LoginStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.SetParams;

/**
 * Pending sign-ins in Redis, visible to every server instance: saved with a TTL up to their expiry
 * under {@code insighta:login:<sha256 of the state>}, consumed with GETDEL so that exactly one
 * caller gets each. Unlike the cache this does not fail open: without Redis a sign-in cannot
 * complete, so failures raise {@link StorageUnavailableException} (HTTP 503) and the user starts
 * again.
 */
public final class RedisLoginStateStore implements LoginStateStore {
  static final String PREFIX = "insighta:login:";
  // Redis needs a positive TTL; an already-expired state is kept briefly and refused on consume.
  private static final long MIN_TTL_MILLIS = 1_000;

  private final RedisGuard guard;
  private final Clock clock;
  private final StateChangeLog garbage =
      new StateChangeLog(LoggerFactory.getLogger(RedisLoginStateStore.class));

  public RedisLoginStateStore(RedisGuard guard, Clock clock) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void save(LoginState state) {
    long ttl =
        Math.max(MIN_TTL_MILLIS, Duration.between(clock.instant(), state.expiresAt()).toMillis());
    String value = LoginStateCodec.encode(state);
    try {
      guard.call(redis -> redis.set(key(state.state()), value, SetParams.setParams().px(ttl)));
    } catch (RedisUnavailableException e) {
      throw unavailable(e);
    }
  }

  @Override
  public Optional<LoginState> consume(String state, Instant now) {
    if (state == null) {
      return Optional.empty();
    }
    String value;
    try {
      value = guard.call(redis -> redis.getDel(key(state)));
    } catch (RedisUnavailableException e) {
      throw unavailable(e);
    }
    if (value == null) {
      return Optional.empty();
    }
    Optional<LoginState> pending = LoginStateCodec.decode(state, value);
    if (pending.isEmpty()) {
      garbage.trouble("Redis login state store held an unreadable entry; the sign-in must restart");
    } else {
      garbage.recovered("Redis login state entries read cleanly again");
    }
    return pending.filter(found -> now.isBefore(found.expiresAt()));
  }

  private static String key(String state) {
    // Hashed: the state arrives from the browser, so its length is the client's choice.
    return PREFIX + Digests.sha256(state);
  }

  private static StorageUnavailableException unavailable(RedisUnavailableException cause) {
    return new StorageUnavailableException(
        "The sign-in store (Redis) is unavailable; please try signing in again shortly", cause);
  }
}
