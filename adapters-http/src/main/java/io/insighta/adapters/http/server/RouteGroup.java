package io.insighta.adapters.http.server;

import io.javalin.config.RoutesConfig;

/**
 * A feature's routes, registered on the shared route table so they run behind the same request
 * pipeline and error mapping; protect a route by passing {@link
 * io.insighta.adapters.http.server.pipeline.RequiredPermission} roles.
 */
@FunctionalInterface
public interface RouteGroup {
  void register(RoutesConfig routes);
}
