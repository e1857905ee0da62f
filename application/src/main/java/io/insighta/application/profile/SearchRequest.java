package io.insighta.application.profile;

import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.Sort;
import java.util.Objects;

/**
 * A search: the text, sort and page, an optional page cursor (null when paging by number) and
 * whether a cached page may answer it.
 */
public record SearchRequest(
    String text, Sort sort, PageRequest page, String cursor, boolean reuseCachedPage) {
  public SearchRequest {
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(page, "page");
  }
}
