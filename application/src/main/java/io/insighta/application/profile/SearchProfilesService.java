package io.insighta.application.profile;

import io.insighta.domain.query.NaturalLanguageQuery;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;
import io.insighta.domain.query.Sort;

/** Parses the query into a canonical filter and lists through the same path as plain filters. */
public final class SearchProfilesService implements SearchProfilesUseCase {
  private final ListProfilesUseCase list;

  public SearchProfilesService(ListProfilesUseCase list) {
    this.list = list;
  }

  @Override
  public SearchResult search(String text, Sort sort, PageRequest page) {
    ProfileFilter filter = NaturalLanguageQuery.parse(text);
    return new SearchResult(filter, list.list(new ProfileQuery(filter, sort, page)));
  }
}
