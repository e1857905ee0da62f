package io.insighta.domain.query;

import java.util.Objects;

/**
 * A complete list request: what to match, in which order, which page, and optionally the keyset
 * position the page starts after (then the page number only labels the page and no offset is
 * skipped).
 */
public record ProfileQuery(ProfileFilter filter, Sort sort, PageRequest page, Seek seek) {
  public ProfileQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(page, "page");
    if (seek != null && seek.field() != sort.field()) {
      throw new InvalidQueryException("the position does not match the sort field");
    }
  }

  /** A request paged by offset. */
  public ProfileQuery(ProfileFilter filter, Sort sort, PageRequest page) {
    this(filter, sort, page, null);
  }

  public ProfileQuery withSeek(Seek value) {
    return new ProfileQuery(filter, sort, page, value);
  }

  /** Identical for equivalent requests, so caches share one entry per result page. */
  public String canonicalKey() {
    String key =
        filter.canonicalKey()
            + "|"
            + sort.canonicalKey()
            + "|p="
            + page.page()
            + "|l="
            + page.limit();
    return seek == null ? key : key + "|after=" + seek.canonicalKey();
  }
}
