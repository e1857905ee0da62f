package io.insighta.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Hardening headers on every response (HSTS behind an {@code https://} public URL); API, auth and
 * health answers are never cached, and the portal's content security policy allows only its own
 * scripts, styles and GitHub avatars.
 */
public final class SecurityHeaders implements Handler {
  static final String HSTS = "max-age=31536000";

  public static final String PORTAL_CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; "
          + "img-src 'self' data: https://avatars.githubusercontent.com; connect-src 'self'; "
          + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

  private final boolean https;

  /**
   * @param https the public URL is {@code https://}, so browsers are told to use nothing else
   */
  public SecurityHeaders(boolean https) {
    this.https = https;
  }

  @Override
  public void handle(Context ctx) {
    if (https) {
      ctx.header("Strict-Transport-Security", HSTS);
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", PORTAL_CSP);
    String path = ctx.path();
    if (PathRules.isApi(path) || PathRules.isAuth(path) || PathRules.isHealth(path)) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
