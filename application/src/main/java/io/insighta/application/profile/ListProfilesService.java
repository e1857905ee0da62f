package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.Page;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileQueryCache;
import io.insighta.domain.query.Seek;
import java.util.List;
import java.util.Optional;

/**
 * Serves pages from the cache when it can; on a miss the total comes from the cached count of the
 * filter when known, so a full count is paid once per filter and data generation. A query with a
 * keyset position reads its rows by seeking instead of skipping an offset, and so does a deep page
 * asked for by number once the position before it is known (found once per data generation).
 */
public final class ListProfilesService implements ListProfilesUseCase {
  /** From this offset on, a page is read by seeking from its remembered position. */
  public static final long POSITIONED_FROM_OFFSET = 1_000;

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
    List<Profile> items = query.page().offset() >= total ? List.of() : read(query);
    Page<Profile> page = new Page<>(items, total, query.page());
    cache.storePage(query, page);
    return new ProfileListResult(page, false);
  }

  private List<Profile> read(ProfileQuery query) {
    if (query.seek() != null || query.page().offset() < POSITIONED_FROM_OFFSET) {
      return finder.findPage(query);
    }
    return cache
        .findPosition(query)
        .or(() -> findAndRememberPosition(query))
        .map(position -> finder.findPage(query.withSeek(position)))
        .orElseGet(() -> finder.findPage(query));
  }

  private Optional<Seek> findAndRememberPosition(ProfileQuery query) {
    Optional<Seek> position = finder.positionBefore(query);
    position.ifPresent(found -> cache.storePosition(query, found));
    return position;
  }

  private long countAndRemember(ProfileQuery query) {
    long total = finder.count(query.filter());
    cache.storeCount(query.filter(), total);
    return total;
  }
}
