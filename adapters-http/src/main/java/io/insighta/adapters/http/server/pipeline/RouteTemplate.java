package io.insighta.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;

/**
 * The low-cardinality name of what a request reached: the matched route's template ({@code
 * /api/profiles/{id}}), or a fixed label when no route matched, never the raw path (which a client
 * chooses freely).
 */
public final class RouteTemplate {
  public static final String NOT_FOUND = "NOT_FOUND";
  public static final String REDIRECTION = "REDIRECTION";
  public static final String STATIC = "STATIC";
  public static final String UNMATCHED = "UNMATCHED";

  private RouteTemplate() {}

  /**
   * Javalin knows the matched endpoint even when a pipeline step refused the request before it ran,
   * because the pipeline has a before-matched step (the role check).
   */
  public static String of(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    if (endpoint != null && !endpoint.path.isEmpty()) {
      return endpoint.path;
    }
    return unmatched(ctx.method(), ctx.statusCode());
  }

  static String unmatched(HandlerType method, int status) {
    if (status == 404) {
      return NOT_FOUND;
    }
    if (status >= 300 && status < 400) {
      return REDIRECTION;
    }
    boolean read = HandlerType.GET.equals(method) || HandlerType.HEAD.equals(method);
    // Without a route, only the portal's static files answer a read successfully.
    return read && status < 300 ? STATIC : UNMATCHED;
  }
}
