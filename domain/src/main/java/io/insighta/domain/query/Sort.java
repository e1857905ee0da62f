package io.insighta.domain.query;

import java.util.Objects;

/** How a list is ordered; ties are always broken by profile id so pages never overlap. */
public record Sort(SortField field, SortOrder order) {
  public static final Sort DEFAULT = new Sort(SortField.CREATED_AT, SortOrder.ASC);

  public Sort {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(order, "order");
  }

  public String canonicalKey() {
    return field.code() + ":" + order.code();
  }
}
