package io.insighta.adapters.http.server.pipeline;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.application.auth.AuthenticatedUser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

/**
 * Checks the matched route's {@link RequiredPermission}s against the caller's stored role, capped
 * by the scope of a personal access token; a protected route reached without authentication is
 * refused too, whatever its path.
 */
public final class RoleCheck implements Handler {

  @Override
  public void handle(Context ctx) {
    for (RouteRole role : ctx.routeRoles()) {
      if (role instanceof RequiredPermission required) {
        AuthenticatedUser caller =
            RequestAttributes.authenticatedUser(ctx)
                .orElseThrow(
                    () ->
                        ApiException.unauthorized(
                            ErrorMessages.AUTHENTICATION_REQUIRED, Authentication.CHALLENGE));
        if (!caller.allows(required.permission())) {
          throw ApiException.forbidden(ErrorMessages.FORBIDDEN);
        }
      }
    }
  }
}
