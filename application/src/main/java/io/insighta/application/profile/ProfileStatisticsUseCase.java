package io.insighta.application.profile;

import io.insighta.domain.query.ProfileStatistics;

/** Aggregate counts for dashboards. */
public interface ProfileStatisticsUseCase {

  ProfileStatistics statistics();
}
