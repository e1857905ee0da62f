package io.insighta.adapters.http.server.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.insighta.domain.query.Page;
import io.insighta.domain.user.User;
import java.util.List;

/** {@code GET /api/users}: the same paged envelope as the profile list. */
@JsonPropertyOrder({"status", "page", "limit", "total", "total_pages", "links", "data"})
public record UserListResponse(
    @JsonProperty("status") String status,
    @JsonProperty("page") int page,
    @JsonProperty("limit") int limit,
    @JsonProperty("total") long total,
    @JsonProperty("total_pages") long totalPages,
    @JsonProperty("links") PageLinks links,
    @JsonProperty("data") List<UserResponse> data) {

  static final String PATH = "/api/users";

  /** Relative links to this, the next and the previous page; null past either edge. */
  public record PageLinks(String self, String next, String prev) {}

  static UserListResponse of(Page<User> page) {
    int current = page.request().page();
    int limit = page.request().limit();
    long pages = page.totalPages();
    String next = current < pages ? link(current + 1L, limit) : null;
    String prev = current > 1 ? link(Math.min(current - 1L, Math.max(pages, 1L)), limit) : null;
    return new UserListResponse(
        "success",
        current,
        limit,
        page.total(),
        pages,
        new PageLinks(link(current, limit), next, prev),
        page.items().stream().map(UserMapper::toResponse).toList());
  }

  private static String link(long page, int limit) {
    return PATH + "?page=" + page + "&limit=" + limit;
  }
}
