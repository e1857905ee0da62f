package io.insighta.bootstrap.metrics;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileQueryCache;
import io.insighta.domain.query.Seek;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Counts the query cache's hits and misses ({@code insighta.query_cache.gets} by {@code kind} and
 * {@code result}) around whichever cache is configured, Redis or in-process.
 */
public final class MeteredProfileQueryCache implements ProfileQueryCache {
  public static final String NAME = "insighta.query_cache.gets";

  private final ProfileQueryCache cache;
  private final Outcomes pages;
  private final Outcomes counts;
  private final Outcomes positions;
  private final Outcomes profiles;

  public MeteredProfileQueryCache(ProfileQueryCache cache, MeterRegistry registry) {
    this.cache = cache;
    this.pages = new Outcomes(registry, "page");
    this.counts = new Outcomes(registry, "count");
    this.positions = new Outcomes(registry, "position");
    this.profiles = new Outcomes(registry, "profile");
  }

  @Override
  public Optional<Page<Profile>> findPage(ProfileQuery query) {
    return pages.count(cache.findPage(query));
  }

  @Override
  public void storePage(ProfileQuery query, Page<Profile> page) {
    cache.storePage(query, page);
  }

  @Override
  public OptionalLong findCount(ProfileFilter filter) {
    OptionalLong count = cache.findCount(filter);
    counts.record(count.isPresent());
    return count;
  }

  @Override
  public void storeCount(ProfileFilter filter, long count) {
    cache.storeCount(filter, count);
  }

  @Override
  public Optional<Seek> findPosition(ProfileQuery query) {
    return positions.count(cache.findPosition(query));
  }

  @Override
  public void storePosition(ProfileQuery query, Seek position) {
    cache.storePosition(query, position);
  }

  @Override
  public Optional<Profile> findProfile(ProfileId id) {
    return profiles.count(cache.findProfile(id));
  }

  @Override
  public void storeProfile(Profile profile) {
    cache.storeProfile(profile);
  }

  @Override
  public void invalidate(Profile written) {
    cache.invalidate(written);
  }

  @Override
  public void invalidateAll() {
    cache.invalidateAll();
  }

  /** The hit and miss counters of one kind of entry. */
  private static final class Outcomes {
    private final Counter hits;
    private final Counter misses;

    Outcomes(MeterRegistry registry, String kind) {
      this.hits = counter(registry, kind, "hit");
      this.misses = counter(registry, kind, "miss");
    }

    <T> Optional<T> count(Optional<T> found) {
      record(found.isPresent());
      return found;
    }

    void record(boolean hit) {
      (hit ? hits : misses).increment();
    }

    private static Counter counter(MeterRegistry registry, String kind, String result) {
      return Counter.builder(NAME)
          .description("Query cache lookups")
          .tag("kind", kind)
          .tag("result", result)
          .register(registry);
    }
  }
}
