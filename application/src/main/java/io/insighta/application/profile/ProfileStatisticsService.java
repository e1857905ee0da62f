package io.insighta.application.profile;

import io.insighta.domain.query.ProfileFinder;
import io.insighta.domain.query.ProfileStatistics;

/** Reads the totals, by gender, by age group and the ten most frequent countries. */
public final class ProfileStatisticsService implements ProfileStatisticsUseCase {
  static final int TOP_COUNTRIES = 10;
  private final ProfileFinder finder;

  public ProfileStatisticsService(ProfileFinder finder) {
    this.finder = finder;
  }

  @Override
  public ProfileStatistics statistics() {
    return finder.statistics(TOP_COUNTRIES);
  }
}
