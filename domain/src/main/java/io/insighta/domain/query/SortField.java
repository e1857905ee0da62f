package io.insighta.domain.query;

import java.util.Locale;
import java.util.Optional;

/** The columns a profile list may be sorted by. */
public enum SortField {
  AGE,
  CREATED_AT,
  GENDER_PROBABILITY;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Exact, case-insensitive lookup of {@code age}, {@code created_at}, {@code gender_probability}.
   */
  public static Optional<SortField> parse(String text) {
    for (SortField field : values()) {
      if (field.code().equalsIgnoreCase(text)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
