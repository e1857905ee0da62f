package io.insighta.adapters.http.server.auth;

import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.application.auth.IssuedSession;
import io.javalin.http.Context;
import java.time.Duration;

/**
 * Writes the auth cookies: access and refresh tokens {@code HttpOnly; SameSite=Lax; Path=/} with
 * {@code Max-Age} = their lifetime, the readable {@code csrf_token}, and the short-lived OAuth
 * state cookie (scoped to {@code /auth/github}); {@code Secure} per the configured policy.
 */
final class SessionCookies {
  static final String STATE_PATH = "/auth/github";

  private final AuthHttpSettings settings;
  private final ClientAddress addresses;

  SessionCookies(AuthHttpSettings settings, ClientAddress addresses) {
    this.settings = settings;
    this.addresses = addresses;
  }

  void set(Context ctx, IssuedSession session, String csrfToken) {
    long accessSeconds = session.accessTtl().toSeconds();
    long refreshSeconds = session.refreshTtl().toSeconds();
    add(ctx, settings.accessCookie(), session.accessToken(), "/", accessSeconds, true);
    add(ctx, settings.refreshCookie(), session.refreshToken(), "/", refreshSeconds, true);
    add(ctx, settings.csrfCookie(), csrfToken, "/", refreshSeconds, false);
  }

  void clear(Context ctx) {
    add(ctx, settings.accessCookie(), "", "/", 0, true);
    add(ctx, settings.refreshCookie(), "", "/", 0, true);
    add(ctx, settings.csrfCookie(), "", "/", 0, false);
  }

  void setState(Context ctx, String state, Duration ttl) {
    add(ctx, settings.stateCookie(), state, STATE_PATH, ttl.toSeconds(), true);
  }

  void clearState(Context ctx) {
    add(ctx, settings.stateCookie(), "", STATE_PATH, 0, true);
  }

  private void add(
      Context ctx, String name, String value, String path, long maxAge, boolean httpOnly) {
    StringBuilder cookie =
        new StringBuilder(name).append('=').append(value).append("; Path=").append(path);
    cookie.append("; Max-Age=").append(maxAge);
    if (httpOnly) {
      cookie.append("; HttpOnly");
    }
    if (secure(ctx)) {
      cookie.append("; Secure");
    }
    cookie.append("; SameSite=Lax");
    ctx.res().addHeader("Set-Cookie", cookie.toString());
  }

  private boolean secure(Context ctx) {
    return switch (settings.secureCookies()) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> addresses.isHttps(ctx);
    };
  }
}
