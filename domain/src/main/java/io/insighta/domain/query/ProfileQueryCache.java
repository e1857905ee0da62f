package io.insighta.domain.query;

import io.insighta.domain.profile.Profile;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Out-port: cached list pages and totals keyed by canonical query. Implementations fail open: an
 * unavailable cache behaves as a miss and never throws.
 */
public interface ProfileQueryCache {

  Optional<Page<Profile>> findPage(ProfileQuery query);

  void storePage(ProfileQuery query, Page<Profile> page);

  OptionalLong findCount(ProfileFilter filter);

  void storeCount(ProfileFilter filter, long count);

  /** Forgets every cached page and count, on every instance that shares the cache. */
  void invalidateAll();
}
