package io.insighta.domain.query;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import java.util.List;
import java.util.Map;

/** Aggregate counts over all profiles, for dashboards. */
public record ProfileStatistics(
    long total,
    Map<Gender, Long> byGender,
    Map<AgeGroup, Long> byAgeGroup,
    List<CountryCount> topCountries) {

  public ProfileStatistics {
    byGender = Map.copyOf(byGender);
    byAgeGroup = Map.copyOf(byAgeGroup);
    topCountries = List.copyOf(topCountries);
  }

  /** How many profiles have one country. */
  public record CountryCount(Country country, long count) {}
}
