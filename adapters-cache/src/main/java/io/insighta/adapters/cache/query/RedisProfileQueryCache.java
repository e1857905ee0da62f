package io.insighta.adapters.cache.query;

import io.insighta.adapters.cache.Digests;
import io.insighta.adapters.cache.LuaScript;
import io.insighta.adapters.cache.RedisGuard;
import io.insighta.adapters.cache.RedisUnavailableException;
import io.insighta.adapters.cache.StateChangeLog;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.query.CacheScope;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileQueryCache;
import io.insighta.domain.query.Seek;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * The query cache in Redis, shared by every server instance. Entries live under {@code
 * insighta:q:<epoch>.<scope generation>:page|count|position|profile:<sha256 of the canonical key or
 * id>} with a TTL, where the scope is the entry's {@link CacheScope}. A write increments the
 * generations of the scopes it touches and invalidating everything increments {@code
 * insighta:q:generation} (the epoch), so every instance stops seeing old entries at once and Redis
 * expires them. Each read fetches both generations and the entry in one round trip (a Lua script).
 * Fails open: Redis down, slow or holding garbage reads as a miss, and writes are dropped.
 */
public final class RedisProfileQueryCache implements ProfileQueryCache {
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);
  static final String GENERATION_KEY = "insighta:q:generation";
  static final String ENTRY_PREFIX = "insighta:q:";

  private static final String GENERATION =
      "local generation = (redis.call('GET', KEYS[1]) or '0') .. '.'"
          + " .. (redis.call('GET', KEYS[2]) or '0')\n";

  private static final LuaScript READ =
      new LuaScript(
          GENERATION + "return {generation, redis.call('GET', ARGV[1] .. generation .. ARGV[2])}");

  // Writes only under the generation the caller read under: a page computed from data older than
  // an invalidation must not be stored under the new generation.
  private static final LuaScript WRITE =
      new LuaScript(
          GENERATION
              + "if ARGV[3] ~= '' and ARGV[3] ~= generation then return 0 end\n"
              + "redis.call('SET', ARGV[1] .. generation .. ARGV[2], ARGV[4], 'PX', ARGV[5])\n"
              + "return 1");

  private final RedisGuard guard;
  private final String ttlMillis;
  private final ScopeGenerations scopes;
  private final StateChangeLog garbage =
      new StateChangeLog(LoggerFactory.getLogger(RedisProfileQueryCache.class));
  private final AtomicBoolean invalidationPending = new AtomicBoolean();

  private final ReadGenerations readGenerations = new ReadGenerations();

  public RedisProfileQueryCache(RedisGuard guard, Duration ttl) {
    this.guard = Objects.requireNonNull(guard, "guard");
    if (ttl.toMillis() < 1) {
      throw new IllegalArgumentException("the query cache TTL must be at least a millisecond");
    }
    this.ttlMillis = Long.toString(ttl.toMillis());
    this.scopes = new ScopeGenerations(ttl);
  }

  @Override
  public Optional<Page<Profile>> findPage(ProfileQuery query) {
    return read("page", query.canonicalKey(), CacheScope.of(query.filter()))
        .flatMap(value -> decoded(PageCodec.decode(value), value))
        .filter(page -> page.request().equals(query.page()));
  }

  @Override
  public void storePage(ProfileQuery query, Page<Profile> page) {
    write("page", query.canonicalKey(), CacheScope.of(query.filter()), PageCodec.encode(page));
  }

  @Override
  public OptionalLong findCount(ProfileFilter filter) {
    Optional<Long> count =
        read("count", filter.canonicalKey(), CacheScope.of(filter))
            .flatMap(value -> decoded(parseCount(value), value));
    return count.map(OptionalLong::of).orElseGet(OptionalLong::empty);
  }

  @Override
  public void storeCount(ProfileFilter filter, long count) {
    write("count", filter.canonicalKey(), CacheScope.of(filter), Long.toString(count));
  }

  @Override
  public Optional<Seek> findPosition(ProfileQuery query) {
    return read("position", query.canonicalKey(), CacheScope.of(query.filter()))
        .flatMap(value -> decoded(SeekCodec.decode(value), value));
  }

  @Override
  public void storePosition(ProfileQuery query, Seek position) {
    write(
        "position",
        query.canonicalKey(),
        CacheScope.of(query.filter()),
        SeekCodec.encode(position));
  }

  @Override
  public Optional<Profile> findProfile(ProfileId id) {
    return read("profile", id.toString(), CacheScope.ofProfile(id))
        .flatMap(value -> decoded(PageCodec.decode(value), value))
        .filter(page -> page.items().size() == 1)
        .map(page -> page.items().get(0))
        .filter(profile -> profile.id().equals(id));
  }

  @Override
  public void storeProfile(Profile profile) {
    Page<Profile> single = new Page<>(List.of(profile), 1, PageRequest.FIRST);
    write(
        "profile",
        profile.id().toString(),
        CacheScope.ofProfile(profile.id()),
        PageCodec.encode(single));
  }

  @Override
  public void invalidate(Profile written) {
    if (!scopes.owe(CacheScope.touchedBy(written))) {
      // The epoch step, owed before the scopes are dropped, covers them all.
      invalidationPending.set(true);
      scopes.forgive();
    }
    try {
      flushInvalidation();
    } catch (RedisUnavailableException e) {
      // Kept pending: this instance serves no entry until the increments reach Redis.
    }
  }

  @Override
  public void invalidateAll() {
    readGenerations.forget();
    invalidationPending.set(true);
    try {
      flushInvalidation();
    } catch (RedisUnavailableException e) {
      // Kept pending: this instance serves no entry until the increment reaches Redis.
    }
  }

  private Optional<String> read(String kind, String canonicalKey, CacheScope scope) {
    try {
      flushInvalidation();
      String suffix = suffix(kind, canonicalKey);
      List<String> arguments = List.of(ENTRY_PREFIX, suffix);
      List<String> keys = List.of(GENERATION_KEY, ScopeGenerations.key(scope));
      Object reply = guard.call(redis -> READ.run(redis, keys, arguments));
      if (!(reply instanceof List<?> values)
          || values.isEmpty()
          || !(values.get(0) instanceof String generation)) {
        garbage.trouble("Redis query cache read gave an unexpected reply; treated as a miss");
        return Optional.empty();
      }
      readGenerations.remember(suffix, generation);
      return values.size() > 1 && values.get(1) instanceof String value
          ? Optional.of(value)
          : Optional.empty();
    } catch (RedisUnavailableException e) {
      return Optional.empty();
    }
  }

  private void write(String kind, String canonicalKey, CacheScope scope, String value) {
    try {
      flushInvalidation();
      String suffix = suffix(kind, canonicalKey);
      String expected = readGenerations.takeFor(suffix);
      List<String> arguments = List.of(ENTRY_PREFIX, suffix, expected, value, ttlMillis);
      List<String> keys = List.of(GENERATION_KEY, ScopeGenerations.key(scope));
      guard.call(redis -> WRITE.run(redis, keys, arguments));
    } catch (RedisUnavailableException e) {
      // Failing open: the result is simply not cached.
    }
  }

  private void flushInvalidation() {
    if (invalidationPending.getAndSet(false)) {
      try {
        guard.call(redis -> redis.incr(GENERATION_KEY));
      } catch (RedisUnavailableException e) {
        invalidationPending.set(true);
        throw e;
      }
    }
    scopes.flush(guard);
  }

  private <T> Optional<T> decoded(Optional<T> value, String raw) {
    if (value.isEmpty()) {
      garbage.trouble(
          "Redis query cache holds an unreadable entry ({} chars); treated as a miss",
          raw.length());
    } else {
      garbage.recovered("Redis query cache entries read cleanly again");
    }
    return value;
  }

  private static Optional<Long> parseCount(String value) {
    try {
      long count = Long.parseLong(value);
      return count < 0 ? Optional.empty() : Optional.of(count);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  static String suffix(String kind, String canonicalKey) {
    return ":" + kind + ":" + Digests.sha256(canonicalKey);
  }
}
