package io.insighta.adapters.http.server.profile;

import io.insighta.domain.query.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds the relative self/next/prev links of a page: the caller's active parameters in canonical
 * order, then page and limit (the clamped one).
 */
final class ListLinks {

  private ListLinks() {}

  /**
   * @param kept the parameters every link repeats, in order, as raw (unencoded) values
   * @param cursor the cursor of this request, repeated in {@code self}; null when none
   * @param nextCursor the cursor that opens the next page, added to {@code next}; null when none
   */
  static Links of(
      String path, Map<String, String> kept, Page<?> page, String cursor, String nextCursor) {
    String prefix = prefix(path, kept);
    int current = page.request().page();
    int limit = page.request().limit();
    long totalPages = page.totalPages();
    String next =
        current < totalPages ? withCursor(link(prefix, current + 1L, limit), nextCursor) : null;
    String prev =
        current > 1 ? link(prefix, Math.min(current - 1L, Math.max(totalPages, 1L)), limit) : null;
    return new Links(withCursor(link(prefix, current, limit), cursor), next, prev);
  }

  private static String withCursor(String link, String cursor) {
    // Cursors are base64url: nothing in them needs encoding.
    return cursor == null ? link : link + "&cursor=" + cursor;
  }

  private static String prefix(String path, Map<String, String> kept) {
    StringJoiner query = new StringJoiner("&", path + "?", "");
    kept.forEach((name, value) -> query.add(name + "=" + encode(value)));
    return query.toString();
  }

  private static String link(String prefix, long page, int limit) {
    String separator = prefix.endsWith("?") ? "" : "&";
    return prefix + separator + "page=" + page + "&limit=" + limit;
  }

  /** Percent-encoding with a space as {@code %20}, never {@code +}. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
