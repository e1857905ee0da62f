package io.insighta.domain.query;

import java.util.List;
import java.util.Objects;

/** One page of results together with the exact total of the whole list. */
public record Page<T>(List<T> items, long total, PageRequest request) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(request, "request");
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative");
    }
  }

  public long totalPages() {
    return (total + request.limit() - 1) / request.limit();
  }

  public boolean hasNext() {
    return request.page() < totalPages();
  }

  public boolean hasPrevious() {
    return request.page() > 1;
  }
}
