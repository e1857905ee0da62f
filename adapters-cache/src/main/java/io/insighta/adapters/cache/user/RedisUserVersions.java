package io.insighta.adapters.cache.user;

import io.insighta.adapters.cache.RedisGuard;
import io.insighta.adapters.cache.RedisUnavailableException;
import io.insighta.domain.user.UserId;
import io.insighta.domain.user.UserVersions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User version stamps in Redis, shared by every server instance: a counter under {@code
 * insighta:user:version:<user id>}, incremented after each change. While Redis is unavailable the
 * stamp is unknown, so callers read the user store; increments that could not be sent are retried
 * before the next read.
 */
public final class RedisUserVersions implements UserVersions {
  static final String PREFIX = "insighta:user:version:";

  private final RedisGuard guard;
  private final Set<UserId> pendingBumps = ConcurrentHashMap.newKeySet();

  public RedisUserVersions(RedisGuard guard) {
    this.guard = Objects.requireNonNull(guard, "guard");
  }

  @Override
  public Optional<String> current(UserId id) {
    try {
      flushPendingBumps();
      String version = guard.call(redis -> redis.get(key(id)));
      return Optional.of(version == null ? "0" : version);
    } catch (RedisUnavailableException e) {
      return Optional.empty();
    }
  }

  @Override
  public void bump(UserId id) {
    pendingBumps.add(id);
    try {
      flushPendingBumps();
    } catch (RedisUnavailableException e) {
      // Kept pending: until it reaches Redis this instance reads every user from the store.
    }
  }

  private void flushPendingBumps() {
    for (UserId id : pendingBumps) {
      guard.call(redis -> redis.incr(key(id)));
      pendingBumps.remove(id);
    }
  }

  static String key(UserId id) {
    return PREFIX + id.value();
  }
}
