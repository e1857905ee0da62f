package io.insighta.adapters.cache.query;

import io.insighta.adapters.cache.LuaScript;
import io.insighta.adapters.cache.RedisGuard;
import io.insighta.domain.query.CacheScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-scope generation counters of the query cache in Redis, and the increments this instance
 * owes them while Redis is away.
 */
final class ScopeGenerations {
  static final String PREFIX = "insighta:q:generation:";

  /** Scoped invalidations kept while Redis is away; past this many one epoch step replaces them. */
  static final int MAX_PENDING = 1_000;

  /**
   * How long a profile's own counter outlives its last write: far longer than any request that read
   * the old generation can take to store its result, so an expired counter never lets a stale copy
   * back in.
   */
  private static final Duration MIN_PROFILE_COUNTER_LIFE = Duration.ofMinutes(10);

  private static final LuaScript ADVANCE =
      new LuaScript(
          "for i, key in ipairs(KEYS) do\n"
              + "  redis.call('INCR', key)\n"
              + "  if ARGV[i] ~= '0' then redis.call('PEXPIRE', key, ARGV[i]) end\n"
              + "end\n"
              + "return #KEYS");

  private final String profileCounterMillis;
  private final Set<CacheScope> pending = ConcurrentHashMap.newKeySet();

  ScopeGenerations(Duration entryTtl) {
    Duration life = entryTtl.multipliedBy(2);
    if (life.compareTo(MIN_PROFILE_COUNTER_LIFE) < 0) {
      life = MIN_PROFILE_COUNTER_LIFE;
    }
    this.profileCounterMillis = Long.toString(life.toMillis());
  }

  static String key(CacheScope scope) {
    return PREFIX + scope.key();
  }

  /** Records that these scopes must move; false when too many are owed and an epoch step is due. */
  boolean owe(List<CacheScope> scopes) {
    pending.addAll(scopes);
    return pending.size() <= MAX_PENDING;
  }

  /** Drops every owed increment, once an epoch step that covers them is itself owed. */
  void forgive() {
    pending.clear();
  }

  /** Sends the owed increments; they stay owed if Redis is unavailable. */
  void flush(RedisGuard guard) {
    if (pending.isEmpty()) {
      return;
    }
    List<CacheScope> scopes = List.copyOf(pending);
    List<String> keys = new ArrayList<>(scopes.size());
    List<String> lifetimes = new ArrayList<>(scopes.size());
    for (CacheScope scope : scopes) {
      keys.add(key(scope));
      lifetimes.add(scope.isProfile() ? profileCounterMillis : "0");
    }
    guard.call(redis -> ADVANCE.run(redis, keys, lifetimes));
    scopes.forEach(pending::remove);
  }
}
