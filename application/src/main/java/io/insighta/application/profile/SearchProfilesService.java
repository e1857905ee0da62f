package io.insighta.application.profile;

import io.insighta.domain.query.NaturalLanguageQuery;
import io.insighta.domain.query.PageCursor;
import io.insighta.domain.query.ProfileFilter;
import io.insighta.domain.query.ProfileQuery;

/** Parses the query into a canonical filter and lists through the same path as plain filters. */
public final class SearchProfilesService implements SearchProfilesUseCase {
  private final ListProfilesUseCase list;

  public SearchProfilesService(ListProfilesUseCase list) {
    this.list = list;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    ProfileFilter filter = NaturalLanguageQuery.parse(request.text());
    // The cursor is checked against the filter the text reads as, so equivalent phrasings share it.
    ProfileQuery query =
        request.cursor() == null
            ? new ProfileQuery(filter, request.sort(), request.page())
            : PageCursor.resume(request.cursor(), filter, request.sort(), request.page());
    return new SearchResult(filter, list.list(query, request.reuseCachedPage()));
  }
}
