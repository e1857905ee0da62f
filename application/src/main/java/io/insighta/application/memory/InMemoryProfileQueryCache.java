package io.insighta.application.memory;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.query.CacheScope;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileQueryCache;
import io.insighta.domain.query.Seek;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-process query cache of pages, counts, deep-page positions and profiles with a time-to-live,
 * bounded in size, for runs without Redis. A write removes the entries of the scopes it touches.
 */
public final class InMemoryProfileQueryCache implements ProfileQueryCache {
  static final int MAX_ENTRIES = 10_000;
  private final Map<String, Entry<Page<Profile>>> pages = new ConcurrentHashMap<>();
  private final Map<String, Entry<Long>> counts = new ConcurrentHashMap<>();
  private final Map<String, Entry<Seek>> positions = new ConcurrentHashMap<>();
  private final Map<String, Entry<Profile>> profiles = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;

  public InMemoryProfileQueryCache(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  @Override
  public Optional<Page<Profile>> findPage(ProfileQuery query) {
    return fresh(pages, query.canonicalKey());
  }

  @Override
  public void storePage(ProfileQuery query, Page<Profile> page) {
    store(pages, query.canonicalKey(), CacheScope.of(query.filter()), page);
  }

  @Override
  public OptionalLong findCount(ProfileFilter filter) {
    return fresh(counts, filter.canonicalKey()).map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  @Override
  public void storeCount(ProfileFilter filter, long count) {
    store(counts, filter.canonicalKey(), CacheScope.of(filter), count);
  }

  @Override
  public Optional<Seek> findPosition(ProfileQuery query) {
    return fresh(positions, query.canonicalKey());
  }

  @Override
  public void storePosition(ProfileQuery query, Seek position) {
    store(positions, query.canonicalKey(), CacheScope.of(query.filter()), position);
  }

  @Override
  public Optional<Profile> findProfile(ProfileId id) {
    return fresh(profiles, id.toString());
  }

  @Override
  public void storeProfile(Profile profile) {
    store(profiles, profile.id().toString(), CacheScope.ofProfile(profile.id()), profile);
  }

  @Override
  public void invalidate(Profile written) {
    List<CacheScope> touched = CacheScope.touchedBy(written);
    removeTouched(pages, touched);
    removeTouched(counts, touched);
    removeTouched(positions, touched);
    removeTouched(profiles, touched);
  }

  private static void removeTouched(Map<String, ? extends Entry<?>> map, List<CacheScope> touched) {
    map.values().removeIf(entry -> touched.contains(entry.scope()));
  }

  @Override
  public void invalidateAll() {
    pages.clear();
    counts.clear();
    positions.clear();
    profiles.clear();
  }

  private <T> Optional<T> fresh(Map<String, Entry<T>> map, String key) {
    Entry<T> entry = map.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expiresAt())) {
      map.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  private <T> void store(Map<String, Entry<T>> map, String key, CacheScope scope, T value) {
    if (map.size() >= MAX_ENTRIES) {
      map.clear();
    }
    map.put(key, new Entry<>(value, scope, clock.instant().plus(ttl)));
  }

  private record Entry<T>(T value, CacheScope scope, Instant expiresAt) {}
}
