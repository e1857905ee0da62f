package io.insighta.adapters.http.server.profile;

import io.insighta.application.profile.ListProfilesUseCase;
import io.insighta.application.profile.ProfileListResult;
import io.insighta.application.profile.SearchProfilesUseCase;
import io.insighta.application.profile.SearchRequest;
import io.insighta.application.profile.SearchResult;
import io.insighta.domain.query.PageCursor;
import io.insighta.domain.query.ProfileQuery;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/profiles} and {@code GET /api/profiles/search}: one page plus its links, the next
 * link carrying the keyset cursor of the following page. A request with {@code Cache-Control:
 * no-cache} is answered from a fresh read of the page (the total may still be a cached count).
 */
final class ProfileListHandlers {

  static final String CACHE_HEADER = "X-Cache";

  private final ListProfilesUseCase list;
  private final SearchProfilesUseCase search;
  private final PageDataJson pageJson;

  ProfileListHandlers(
      ListProfilesUseCase list, SearchProfilesUseCase search, PageDataJson pageJson) {
    this.list = list;
    this.search = search;
    this.pageJson = pageJson;
  }

  void list(Context ctx) {
    ListParameters params = ProfileQueryParameters.forList(ctx.queryParamMap());
    ProfileQuery query = params.query();
    ProfileListResult result = list.list(query, !FreshRead.requested(ctx));
    cacheHeader(ctx, result);
    String next = PageCursor.next(query, result.page()).orElse(null);
    ctx.json(
        ListEnvelopes.forList(
            params, result.page(), next, pageJson.of(query.canonicalKey(), result.page().items())));
  }

  void search(Context ctx) {
    Map<String, List<String>> query = ctx.queryParamMap();
    String text = ProfileQueryParameters.query(query);
    ListParameters params = ProfileQueryParameters.forSearch(query);
    SearchResult found =
        search.search(
            new SearchRequest(
                text, params.sort(), params.page(), params.cursor(), !FreshRead.requested(ctx)));
    cacheHeader(ctx, found.result());
    ProfileQuery read = new ProfileQuery(found.interpretedAs(), params.sort(), params.page());
    String next = PageCursor.next(read, found.result().page()).orElse(null);
    ctx.json(
        ListEnvelopes.forSearch(
            text,
            params,
            found.result().page(),
            next,
            pageJson.of(read.canonicalKey(), found.result().page().items()),
            FilterParameters.of(found.interpretedAs())));
  }

  private static void cacheHeader(Context ctx, ProfileListResult result) {
    ctx.header(CACHE_HEADER, result.fromCache() ? "HIT" : "MISS");
  }
}
