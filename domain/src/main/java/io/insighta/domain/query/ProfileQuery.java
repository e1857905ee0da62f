package io.insighta.domain.query;

import java.util.Objects;

/** A complete list request: what to match, in which order, which page. */
public record ProfileQuery(ProfileFilter filter, Sort sort, PageRequest page) {
  public ProfileQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(page, "page");
  }

  /** Identical for equivalent requests, so caches share one entry per result page. */
  public String canonicalKey() {
    return filter.canonicalKey()
        + "|"
        + sort.canonicalKey()
        + "|p="
        + page.page()
        + "|l="
        + page.limit();
  }
}
