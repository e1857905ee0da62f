package io.insighta.adapters.http.server.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.query.ProfileStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dashboard counts: every gender and age group present (zero when absent), top countries. */
@JsonPropertyOrder({"total", "by_gender", "by_age_group", "top_countries"})
public record StatisticsResponse(
    @JsonProperty("total") long total,
    @JsonProperty("by_gender") Map<String, Long> byGender,
    @JsonProperty("by_age_group") Map<String, Long> byAgeGroup,
    @JsonProperty("top_countries") List<CountryCount> topCountries) {

  /** How many profiles one country has. */
  @JsonPropertyOrder({"country_id", "country_name", "count"})
  public record CountryCount(
      @JsonProperty("country_id") String countryId,
      @JsonProperty("country_name") String countryName,
      @JsonProperty("count") long count) {}

  public static StatisticsResponse of(ProfileStatistics statistics) {
    Map<String, Long> genders = new LinkedHashMap<>();
    for (Gender gender : Gender.values()) {
      genders.put(gender.code(), statistics.byGender().getOrDefault(gender, 0L));
    }
    Map<String, Long> ageGroups = new LinkedHashMap<>();
    for (AgeGroup group : AgeGroup.values()) {
      ageGroups.put(group.code(), statistics.byAgeGroup().getOrDefault(group, 0L));
    }
    List<CountryCount> countries =
        statistics.topCountries().stream()
            .map(c -> new CountryCount(c.country().code(), c.country().name(), c.count()))
            .toList();
    return new StatisticsResponse(statistics.total(), genders, ageGroups, countries);
  }
}
