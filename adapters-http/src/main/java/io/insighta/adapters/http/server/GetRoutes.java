package io.insighta.adapters.http.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

/**
 * Registers a GET route together with its HEAD twin under the same roles: Javalin answers an
 * unregistered HEAD with the GET handler but skips the matched-route hooks, and so the role check.
 */
public final class GetRoutes {
  private GetRoutes() {}

  public static void register(
      RoutesConfig routes, String path, Handler handler, RouteRole... roles) {
    routes.get(path, handler, roles);
    routes.head(path, handler, roles);
  }
}
