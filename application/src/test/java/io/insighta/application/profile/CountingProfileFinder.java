package io.insighta.application.profile;

import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.ProfileStatistics;
import io.insighta.domain.query.Seek;
import io.insighta.domain.query.Sort;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Passes every call through to a real finder and counts the page, count and position queries. */
final class CountingProfileFinder implements ProfileFinder {
  private final ProfileFinder delegate;
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger counts = new AtomicInteger();
  private final AtomicInteger positions = new AtomicInteger();
  private volatile ProfileQuery lastPageQuery;

  CountingProfileFinder(ProfileFinder delegate) {
    this.delegate = delegate;
  }

  int pageQueries() {
    return pages.get();
  }

  int countQueries() {
    return counts.get();
  }

  int positionQueries() {
    return positions.get();
  }

  ProfileQuery lastPageQuery() {
    return lastPageQuery;
  }

  @Override
  public List<Profile> findPage(ProfileQuery query) {
    pages.incrementAndGet();
    lastPageQuery = query;
    return delegate.findPage(query);
  }

  @Override
  public Optional<Seek> positionBefore(ProfileQuery query) {
    positions.incrementAndGet();
    return delegate.positionBefore(query);
  }

  @Override
  public long count(ProfileFilter filter) {
    counts.incrementAndGet();
    return delegate.count(filter);
  }

  @Override
  public void streamAll(ProfileFilter filter, Sort sort, Consumer<Profile> sink) {
    delegate.streamAll(filter, sort, sink);
  }

  @Override
  public ProfileStatistics statistics(int topCountries) {
    return delegate.statistics(topCountries);
  }
}
