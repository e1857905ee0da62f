package io.insighta.adapters.http.server.context;

import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.application.audit.Caller;
import io.insighta.application.audit.RequestOrigin;
import io.insighta.application.auth.AuthenticatedUser;
import io.javalin.http.Context;

/**
 * Tells the use cases who is calling and from where: the pipeline's authenticated user, the
 * client's address as the rate limiter resolves it, and the request id of the access log.
 */
public final class Callers {
  private Callers() {}

  public static RequestOrigin origin(Context ctx, ClientAddress addresses) {
    String requestId = RequestAttributes.requestId(ctx);
    return new RequestOrigin(addresses.of(ctx), "-".equals(requestId) ? null : requestId);
  }

  /** The signed-in user of this request (none on a route without authentication) and origin. */
  public static Caller of(Context ctx, ClientAddress addresses) {
    return new Caller(
        RequestAttributes.authenticatedUser(ctx).map(AuthenticatedUser::user).orElse(null),
        origin(ctx, addresses));
  }
}
