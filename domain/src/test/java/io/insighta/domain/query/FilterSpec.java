package io.insighta.domain.query;

import io.insighta.domain.profile.AgeGroup;
import io.insighta.domain.profile.Country;
import io.insighta.domain.profile.Gender;

/** Builds expected filters from a compact test notation: {@code "g=male c=NG min=16 max=24"}. */
final class FilterSpec {
  private FilterSpec() {}

  static ProfileFilter of(String spec) {
    ProfileFilter filter = ProfileFilter.NONE;
    for (String part : spec.trim().split("\\s+", -1)) {
      String[] pair = part.split("=", 2);
      String value = pair[1];
      filter =
          switch (pair[0]) {
            case "g" -> filter.withGender(Gender.parse(value).orElseThrow());
            case "ag" -> filter.withAgeGroup(AgeGroup.parse(value).orElseThrow());
            case "c" -> filter.withCountry(Country.ofCode(value).orElseThrow());
            case "min" -> filter.withMinAge(Integer.valueOf(value));
            case "max" -> filter.withMaxAge(Integer.valueOf(value));
            case "gp" -> filter.withMinGenderProbability(Double.valueOf(value));
            case "cp" -> filter.withMinCountryProbability(Double.valueOf(value));
            default -> throw new IllegalArgumentException("unknown field in spec: " + part);
          };
    }
    return filter;
  }
}
