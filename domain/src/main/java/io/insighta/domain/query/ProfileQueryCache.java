package io.insighta.domain.query;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.profile.ProfileId;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Out-port: cached list pages, totals and deep-page positions keyed by canonical query, and
 * profiles by id. Implementations fail open: an unavailable cache behaves as a miss and never
 * throws.
 */
public interface ProfileQueryCache {

  Optional<Page<Profile>> findPage(ProfileQuery query);

  void storePage(ProfileQuery query, Page<Profile> page);

  OptionalLong findCount(ProfileFilter filter);

  void storeCount(ProfileFilter filter, long count);

  /** The remembered keyset position just before the page of {@code query}; empty when unknown. */
  Optional<Seek> findPosition(ProfileQuery query);

  void storePosition(ProfileQuery query, Seek position);

  Optional<Profile> findProfile(ProfileId id);

  void storeProfile(Profile profile);

  /**
   * Forgets, on every instance that shares the cache, what a create or delete of {@code written}
   * can change: the pages, counts and positions of every filter in a {@link CacheScope} it touches,
   * and the cached copy of the profile itself. Entries of other scopes stay.
   */
  void invalidate(Profile written);

  /**
   * Forgets every cached page, count, position and profile, on every instance that shares the
   * cache.
   */
  void invalidateAll();
}
