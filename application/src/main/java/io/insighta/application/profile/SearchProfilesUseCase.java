package io.insighta.application.profile;

import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.Sort;

/** Lists profiles selected by a plain-English query. */
public interface SearchProfilesUseCase {

  /**
   * @throws io.insighta.domain.query.QueryNotUnderstoodException when nothing can be read
   */
  SearchResult search(String text, Sort sort, PageRequest page);
}
