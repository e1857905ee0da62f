package io.insighta.adapters.http.server.security;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.pipeline.PathRules;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * The CSRF pipeline hook: a cookie-authenticated unsafe request must carry {@code X-CSRF-Token}
 * equal to the {@code csrf_token} cookie and signed for its session, and must not come from a
 * cross-site page ({@code Sec-Fetch-Site}). Bearer and anonymous requests need nothing. {@code
 * /auth/*} routes call {@link #require} themselves, since only they know whether their refresh
 * token came from a cookie.
 */
public final class CsrfGuard implements Handler {
  public static final String HEADER = "X-CSRF-Token";
  public static final String INVALID = "Invalid CSRF token";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final CsrfTokens tokens;
  private final String cookieName;

  public CsrfGuard(CsrfTokens tokens, String cookieName) {
    this.tokens = tokens;
    this.cookieName = cookieName;
  }

  @Override
  public void handle(Context ctx) {
    if (isSafe(ctx)
        || PathRules.isAuth(ctx.path())
        || !RequestAttributes.authenticatedByCookie(ctx)) {
      return;
    }
    RequestAttributes.authenticatedUser(ctx).ifPresent(user -> require(ctx, user.sessionId()));
  }

  /** Refuses the request with 403 unless it carries a valid CSRF token for this session. */
  public void require(Context ctx, String sessionId) {
    if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
      throw ApiException.forbidden(INVALID);
    }
    String header = ctx.header(HEADER);
    String cookie = ctx.cookie(cookieName);
    if (header == null
        || cookie == null
        || !MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8))
        || !tokens.verify(header, sessionId)) {
      throw ApiException.forbidden(INVALID);
    }
  }

  /** True when the cookie already holds a valid token for this session (so it can be kept). */
  public boolean cookieValidFor(Context ctx, String sessionId) {
    return tokens.verify(ctx.cookie(cookieName), sessionId);
  }

  public String mint(String sessionId) {
    return tokens.mint(sessionId);
  }

  public static boolean isSafe(Context ctx) {
    return SAFE_METHODS.contains(ctx.method().name());
  }
}
