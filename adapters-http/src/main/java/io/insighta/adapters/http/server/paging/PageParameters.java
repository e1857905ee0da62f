package io.insighta.adapters.http.server.paging;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.domain.query.PageRequest;
import io.javalin.http.Context;
import java.util.List;

/**
 * Reads {@code page} and {@code limit} with the profile list's rules (empty → 400, bad → 422, limit
 * clamped), for every paged list that is not a profile list.
 */
public final class PageParameters {
  private PageParameters() {}

  public static PageRequest of(Context ctx) {
    int page = number(ctx, "page", 1);
    int limit = number(ctx, "limit", PageRequest.DEFAULT_LIMIT);
    return new PageRequest(page, limit);
  }

  private static int number(Context ctx, String name, int fallback) {
    List<String> values = ctx.queryParams(name);
    if (values.isEmpty()) {
      return fallback;
    }
    if (values.stream().anyMatch(String::isBlank)) {
      throw ApiException.badRequest(ErrorMessages.MISSING_PARAMETER);
    }
    String text = values.get(0).strip();
    if (values.size() > 1 || !text.matches("[0-9]+")) {
      throw ApiException.unprocessable(ErrorMessages.INVALID_PARAMETERS);
    }
    return text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
  }
}
