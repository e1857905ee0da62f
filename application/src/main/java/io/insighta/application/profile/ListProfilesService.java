package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileQueryCache;
import java.util.List;
import java.util.Optional;

/**
 * Serves pages from the cache when it can; on a miss the total comes from the cached count of the
 * filter when known, so a full count is paid once per filter and data generation. A query with a
 * keyset position reads its rows by seeking instead of skipping an offset.
 */
public final class ListProfilesService implements ListProfilesUseCase {
  private final ProfileFinder finder;
  private final ProfileQueryCache cache;

  public ListProfilesService(ProfileFinder finder, ProfileQueryCache cache) {
    this.finder = finder;
    this.cache = cache;
  }

  @Override
  public ProfileListResult list(ProfileQuery query, boolean reuseCachedPage) {
    Optional<Page<Profile>> cached = reuseCachedPage ? cache.findPage(query) : Optional.empty();
    if (cached.isPresent()) {
      return new ProfileListResult(cached.get(), true);
    }
    long total = cache.findCount(query.filter()).orElseGet(() -> countAndRemember(query));
    List<Profile> items = query.page().offset() >= total ? List.of() : finder.findPage(query);
    Page<Profile> page = new Page<>(items, total, query.page());
    cache.storePage(query, page);
    return new ProfileListResult(page, false);
  }

  private long countAndRemember(ProfileQuery query) {
    long total = finder.count(query.filter());
    cache.storeCount(query.filter(), total);
    return total;
  }
}
