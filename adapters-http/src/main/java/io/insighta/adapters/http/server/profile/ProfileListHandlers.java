package io.insighta.adapters.http.server.profile;

import io.insighta.application.profile.ListProfilesUseCase;
import io.insighta.application.profile.ProfileListResult;
import io.insighta.application.profile.SearchProfilesUseCase;
import io.insighta.application.profile.SearchResult;
import io.insighta.domain.query.ProfileQuery;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code GET /api/profiles} and {@code GET /api/profiles/search}: one page plus its links. */
final class ProfileListHandlers {

  static final String CACHE_HEADER = "X-Cache";

  private final ListProfilesUseCase list;
  private final SearchProfilesUseCase search;

  ProfileListHandlers(ListProfilesUseCase list, SearchProfilesUseCase search) {
    this.list = list;
    this.search = search;
  }

  void list(Context ctx) {
    ListParameters params = ProfileQueryParameters.forList(ctx.queryParamMap());
    ProfileListResult result =
        list.list(new ProfileQuery(params.filter(), params.sort(), params.page()));
    cacheHeader(ctx, result);
    ctx.json(ListEnvelopes.forList(params, result.page()));
  }

  void search(Context ctx) {
    Map<String, List<String>> query = ctx.queryParamMap();
    String text = ProfileQueryParameters.query(query);
    ListParameters params = ProfileQueryParameters.forSearch(query);
    SearchResult found = search.search(text, params.sort(), params.page());
    cacheHeader(ctx, found.result());
    ctx.json(
        ListEnvelopes.forSearch(
            text, params, found.result().page(), FilterParameters.of(found.interpretedAs())));
  }

  private static void cacheHeader(Context ctx, ProfileListResult result) {
    ctx.header(CACHE_HEADER, result.fromCache() ? "HIT" : "MISS");
  }
}
