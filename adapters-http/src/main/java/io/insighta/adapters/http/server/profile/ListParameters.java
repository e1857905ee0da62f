package io.insighta.adapters.http.server.profile;

import io.insighta.domain.query.PageCursor;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;
import io.insighta.domain.query.SortField;
import io.insighta.domain.query.SortOrder;
import java.util.Objects;

/**
 * A validated list, search or export request: filters, the sort field and order as given (null when
 * left to the default, so links repeat only what the caller chose), the page, and the keyset {@code
 * cursor} when the caller sent one (else null).
 */
public record ListParameters(
    ProfileFilter filter, SortField sortBy, SortOrder order, PageRequest page, String cursor) {

  public ListParameters {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(page, "page");
  }

  public Sort sort() {
    return new Sort(
        sortBy == null ? Sort.DEFAULT.field() : sortBy,
        order == null ? Sort.DEFAULT.order() : order);
  }

  /**
   * The list query; with a cursor it seeks after the cursor's position.
   *
   * @throws io.insighta.domain.query.InvalidQueryException when the cursor was issued for another
   *     filter, sort or page
   */
  public ProfileQuery query() {
    return cursor == null
        ? new ProfileQuery(filter, sort(), page)
        : PageCursor.resume(cursor, filter, sort(), page);
  }
}
