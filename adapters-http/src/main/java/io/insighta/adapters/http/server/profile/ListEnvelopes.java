package io.insighta.adapters.http.server.profile;

import com.fasterxml.jackson.databind.util.RawValue;
import io.insighta.domain.profile.Profile;
import io.insighta.domain.query.Page;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps a page, its profiles' JSON and the request that selected it to the list envelope. */
final class ListEnvelopes {

  static final String LIST_PATH = "/api/profiles";
  static final String SEARCH_PATH = "/api/profiles/search";

  private ListEnvelopes() {}

  static ListEnvelope forList(
      ListParameters params, Page<Profile> page, String nextCursor, RawValue data) {
    Map<String, String> kept = new LinkedHashMap<>(FilterParameters.asText(params.filter()));
    keepSort(kept, params);
    return envelope(
        page, ListLinks.of(LIST_PATH, kept, page, params.cursor(), nextCursor), data, null);
  }

  static ListEnvelope forSearch(
      String query,
      ListParameters params,
      Page<Profile> page,
      String nextCursor,
      RawValue data,
      Map<String, Object> interpreted) {
    Map<String, String> kept = new LinkedHashMap<>();
    kept.put(ProfileQueryParameters.QUERY, query);
    keepSort(kept, params);
    return envelope(
        page,
        ListLinks.of(SEARCH_PATH, kept, page, params.cursor(), nextCursor),
        data,
        interpreted);
  }

  private static void keepSort(Map<String, String> kept, ListParameters params) {
    if (params.sortBy() != null) {
      kept.put(ProfileQueryParameters.SORT_BY, params.sortBy().code());
    }
    if (params.order() != null) {
      kept.put(ProfileQueryParameters.ORDER, params.order().code());
    }
  }

  private static ListEnvelope envelope(
      Page<Profile> page, Links links, RawValue data, Map<String, Object> interpreted) {
    return new ListEnvelope(
        "success",
        page.request().page(),
        page.request().limit(),
        page.total(),
        page.totalPages(),
        links,
        data,
        interpreted);
  }
}
