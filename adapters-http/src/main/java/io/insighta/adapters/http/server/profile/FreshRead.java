package io.insighta.adapters.http.server.profile;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Whether a request asks, with {@code Cache-Control: no-cache}, for its page or profile to be read
 * from the database rather than served from the cache.
 */
final class FreshRead {
  private FreshRead() {}

  static boolean requested(Context ctx) {
    String cacheControl = ctx.header("Cache-Control");
    return cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
  }
}
