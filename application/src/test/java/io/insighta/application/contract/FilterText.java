package io.insighta.application.contract;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.query.ProfileFilter;

/** Reads a compact filter spelling such as {@code "gender=male min_age=25"} for table tests. */
final class FilterText {
  private FilterText() {}

  static ProfileFilter parse(String text) {
    ProfileFilter filter = ProfileFilter.NONE;
    for (String pair : text.trim().split("\\s+")) {
      String[] parts = pair.split("=", 2);
      String value = parts[1];
      filter =
          switch (parts[0]) {
            case "gender" -> filter.withGender(Gender.parse(value).orElseThrow());
            case "age_group" -> filter.withAgeGroup(AgeGroup.parse(value).orElseThrow());
            case "country" -> filter.withCountry(Country.ofCode(value).orElseThrow());
            case "min_age" -> filter.withMinAge(Integer.valueOf(value));
            case "max_age" -> filter.withMaxAge(Integer.valueOf(value));
            case "min_gp" -> filter.withMinGenderProbability(Double.valueOf(value));
            case "min_cp" -> filter.withMinCountryProbability(Double.valueOf(value));
            default -> throw new IllegalArgumentException("unknown filter key: " + parts[0]);
          };
    }
    return filter;
  }
}
