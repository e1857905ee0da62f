package io.insighta.adapters.http.server.context;

import io.insighta.application.auth.AuthenticatedUser;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Typed access to what the request pipeline learned about a request: its id, the authenticated user
 * and whether the credentials came from the session cookie (which makes CSRF checks apply). The id
 * and the user also go into the {@link LogContext}.
 */
public final class RequestAttributes {

  private static final String REQUEST_ID = "insighta.requestId";
  private static final String USER = "insighta.authenticatedUser";
  private static final String BY_COOKIE = "insighta.authenticatedByCookie";

  private RequestAttributes() {}

  public static void setRequestId(Context ctx, String requestId) {
    ctx.attribute(REQUEST_ID, requestId);
    LogContext.begin(requestId);
  }

  /** The request id, or {@code "-"} when the pipeline has not assigned one (yet). */
  public static String requestId(Context ctx) {
    Object value = ctx.attribute(REQUEST_ID);
    return value instanceof String id ? id : "-";
  }

  public static void setAuthenticated(Context ctx, AuthenticatedUser user, boolean byCookie) {
    ctx.attribute(USER, user);
    ctx.attribute(BY_COOKIE, byCookie);
    LogContext.authenticated(user.user().id().toString());
  }

  public static Optional<AuthenticatedUser> authenticatedUser(Context ctx) {
    Object value = ctx.attribute(USER);
    return value instanceof AuthenticatedUser user ? Optional.of(user) : Optional.empty();
  }

  /** True only when the request was authenticated and the token came from the cookie. */
  public static boolean authenticatedByCookie(Context ctx) {
    return Boolean.TRUE.equals(ctx.attribute(BY_COOKIE));
  }
}
