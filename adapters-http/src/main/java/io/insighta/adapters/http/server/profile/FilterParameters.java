package io.insighta.adapters.http.server.profile;

import io.insighta.domain.query.ProfileFilter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters that are set, keyed and ordered like the list parameters (gender, age_group,
 * country_id, min_age, max_age, min_gender_probability, min_country_probability).
 */
public final class FilterParameters {

  private FilterParameters() {}

  /** Typed values, for the {@code interpreted_as} object of a search. */
  public static Map<String, Object> of(ProfileFilter filter) {
    Map<String, Object> set = new LinkedHashMap<>();
    putIfSet(set, "gender", filter.gender() == null ? null : filter.gender().code());
    putIfSet(set, "age_group", filter.ageGroup() == null ? null : filter.ageGroup().code());
    putIfSet(set, "country_id", filter.country() == null ? null : filter.country().code());
    putIfSet(set, "min_age", filter.minAge());
    putIfSet(set, "max_age", filter.maxAge());
    putIfSet(set, "min_gender_probability", filter.minGenderProbability());
    putIfSet(set, "min_country_probability", filter.minCountryProbability());
    return set;
  }

  /** Canonical text values, for query strings ({@code 0.50} becomes {@code 0.5}). */
  public static Map<String, String> asText(ProfileFilter filter) {
    Map<String, String> text = new LinkedHashMap<>();
    of(filter).forEach((name, value) -> text.put(name, text(value)));
    return text;
  }

  private static String text(Object value) {
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  private static void putIfSet(Map<String, Object> map, String name, Object value) {
    if (value != null) {
      map.put(name, value);
    }
  }
}
