package io.insighta.adapters.http.server.paging;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.insighta.domain.query.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The paged list envelope of the profile list, for other lists ({@code /api/users}, {@code
 * /api/audit}): its links repeat the active filters, then page and limit.
 */
@JsonPropertyOrder({"status", "page", "limit", "total", "total_pages", "links", "data"})
public record PagedResponse<T>(
    @JsonProperty("status") String status,
    @JsonProperty("page") int page,
    @JsonProperty("limit") int limit,
    @JsonProperty("total") long total,
    @JsonProperty("total_pages") long totalPages,
    @JsonProperty("links") PageLinks links,
    @JsonProperty("data") List<T> data) {

  /** Relative links to this, the next and the previous page; null past either edge. */
  public record PageLinks(String self, String next, String prev) {}

  /**
   * @param kept the filters every link repeats, in order, as raw (unencoded) values
   */
  public static <D, T> PagedResponse<T> of(
      String path, Map<String, String> kept, Page<D> page, Function<D, T> toWire) {
    int current = page.request().page();
    int limit = page.request().limit();
    long pages = page.totalPages();
    String prefix = prefix(path, kept);
    String next = current < pages ? link(prefix, current + 1L, limit) : null;
    String prev =
        current > 1 ? link(prefix, Math.min(current - 1L, Math.max(pages, 1L)), limit) : null;
    return new PagedResponse<>(
        "success",
        current,
        limit,
        page.total(),
        pages,
        new PageLinks(link(prefix, current, limit), next, prev),
        page.items().stream().map(toWire).toList());
  }

  private static String prefix(String path, Map<String, String> kept) {
    StringJoiner query = new StringJoiner("&", path + "?", "");
    // Percent-encoding with a space as %20, never +.
    kept.forEach(
        (name, value) ->
            query.add(
                name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
    return query.toString();
  }

  private static String link(String prefix, long page, int limit) {
    String separator = prefix.endsWith("?") ? "" : "&";
    return prefix + separator + "page=" + page + "&limit=" + limit;
  }
}
