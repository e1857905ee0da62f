package io.insighta.application.profile;

import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.Sort;

/** Lists profiles selected by a plain-English query. */
public interface SearchProfilesUseCase {

  /**
   * @throws io.insighta.domain.query.QueryNotUnderstoodException when nothing can be read
   */
  default SearchResult search(String text, Sort sort, PageRequest page) {
    return search(new SearchRequest(text, sort, page, null, true));
  }

  /**
   * Searches, continuing at the request's cursor when it has one.
   *
   * @throws io.insighta.domain.query.QueryNotUnderstoodException when nothing can be read
   * @throws io.insighta.domain.query.InvalidQueryException when the cursor does not belong to the
   *     query the text reads as, with this sort and page
   */
  SearchResult search(SearchRequest request);
}
