package io.insighta.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;

/**
 * Sends a browser that opened the sign-in start or a portal page under another host name (say
 * {@code 127.0.0.1} instead of {@code localhost}) to the same path on the public URL, so the OAuth
 * state cookie is set on the host GitHub returns to. Only browser navigations are redirected: API
 * clients and the CLI's sign-in (which carries its own state, no cookie) get their answer as is.
 */
public final class CanonicalHost implements Handler {
  private static final String SIGN_IN_START = "/auth/github";

  private final URI publicUrl;
  private final String authority;
  private final String base;

  public CanonicalHost(URI publicUrl) {
    this.publicUrl = publicUrl;
    this.authority = authority(publicUrl.getScheme(), publicUrl.getHost(), publicUrl.getPort());
    this.base = publicUrl.toString().replaceAll("/+$", "");
  }

  @Override
  public void handle(Context ctx) {
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      return;
    }
    if (!isBrowserEntry(ctx.path())
        || !isNavigation(ctx)
        || "cli".equals(ctx.queryParam("client"))) {
      return;
    }
    String requested = requestedAuthority(ctx);
    if (requested == null || requested.equals(authority)) {
      return;
    }
    String query = ctx.queryString();
    ctx.redirect(base + ctx.path() + (query == null ? "" : "?" + query));
    ctx.skipRemainingHandlers();
  }

  /** Browsers mark navigations with {@code Sec-Fetch-Mode}, and older ones ask for HTML. */
  private static boolean isNavigation(Context ctx) {
    String mode = ctx.header("Sec-Fetch-Mode");
    if (mode != null) {
      return mode.equals("navigate");
    }
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }

  static boolean isBrowserEntry(String path) {
    if (path.equals(SIGN_IN_START) || path.equals("/")) {
      return true;
    }
    return path.endsWith(".html") && !PathRules.isApi(path) && !PathRules.isAuth(path);
  }

  /**
   * The host the browser used; behind a proxy only {@code X-Forwarded-Host} says it, and without
   * one nothing is redirected, so a proxy that rewrites {@code Host} can never cause a loop.
   */
  private String requestedAuthority(Context ctx) {
    String forwardedHost = ctx.header("X-Forwarded-Host");
    boolean proxied =
        forwardedHost != null
            || ctx.header("X-Forwarded-For") != null
            || ctx.header("Forwarded") != null;
    String host = proxied ? forwardedHost : ctx.header("Host");
    if (host == null || host.isBlank()) {
      return null;
    }
    String first = host.split(",", 2)[0].strip();
    URI parsed;
    try {
      parsed = URI.create(publicUrl.getScheme() + "://" + first);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (parsed.getHost() == null) {
      return null;
    }
    return authority(publicUrl.getScheme(), parsed.getHost(), parsed.getPort());
  }

  private static String authority(String scheme, String host, int port) {
    int effective = port != -1 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    return host.toLowerCase(Locale.ROOT) + ":" + effective;
  }
}
