package io.insighta.domain.query;

import java.util.Locale;
import java.util.Optional;

/** Ascending or descending order. */
public enum SortOrder {
  ASC,
  DESC;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SortOrder> parse(String text) {
    for (SortOrder order : values()) {
      if (order.code().equalsIgnoreCase(text)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }
}
