package io.insighta.adapters.http.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.context.Callers;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.adapters.http.server.json.JsonBodyReader;
import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.adapters.http.server.security.CsrfGuard;
import io.insighta.application.audit.Caller;
import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.application.auth.AuthenticationFailedException;
import io.insighta.application.auth.IssuedSession;
import io.insighta.application.auth.LogoutRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /auth/refresh} and {@code POST /auth/logout}. The refresh token comes from the JSON
 * body ({@code refresh_token} or {@code refreshToken}) or else the cookie; only the cookie form is
 * ambient authority, so only it needs the CSRF token, and only it gets cookies back.
 */
final class SessionRoutes {
  private final AuthUseCases useCases;
  private final AuthHttpSettings settings;
  private final SessionCookies cookies;
  private final CsrfGuard csrf;
  private final JsonBodyReader bodies;
  private final ClientAddress addresses;

  SessionRoutes(
      AuthUseCases useCases,
      AuthHttpSettings settings,
      SessionCookies cookies,
      CsrfGuard csrf,
      JsonBodyReader bodies,
      ClientAddress addresses) {
    this.useCases = useCases;
    this.settings = settings;
    this.cookies = cookies;
    this.csrf = csrf;
    this.bodies = bodies;
    this.addresses = addresses;
  }

  void register(RoutesConfig routes) {
    routes.post("/auth/refresh", AuthErrors.translated(this::refresh));
    routes.post("/auth/logout", AuthErrors.translated(this::logout));
  }

  private void refresh(Context ctx) {
    String fromBody = bodyToken(ctx);
    boolean viaCookie = fromBody == null;
    String token = viaCookie ? ctx.cookie(settings.refreshCookie()) : fromBody;
    if (token == null || token.isBlank()) {
      throw ApiException.unauthorized(ErrorMessages.AUTHENTICATION_REQUIRED, "Bearer");
    }
    if (viaCookie) {
      useCases.lookupSession().sessionOf(token).ifPresent(session -> csrf.require(ctx, session));
    }
    IssuedSession session;
    try {
      session = useCases.refresh().refresh(token, Callers.origin(ctx, addresses));
    } catch (AuthenticationFailedException | AccessDeniedException e) {
      if (viaCookie) {
        cookies.clear(ctx);
      }
      throw e;
    }
    if (viaCookie) {
      // A still-valid CSRF cookie is kept, so requests racing this refresh keep working.
      String csrfToken =
          csrf.cookieValidFor(ctx, session.sessionId())
              ? ctx.cookie(settings.csrfCookie())
              : csrf.mint(session.sessionId());
      cookies.set(ctx, session, csrfToken);
      ctx.json(CookieSessionResponse.of(session));
      return;
    }
    ctx.json(TokenResponse.of(session));
  }

  private void logout(Context ctx) {
    String fromBody = bodyToken(ctx);
    String bearer = bearerToken(ctx.header("Authorization"));
    if (fromBody != null || bearer != null) {
      Optional<AuthenticatedUser> byToken = accessTokenUser(bearer);
      useCases
          .logout()
          .logout(
              new LogoutRequest(fromBody, byToken.map(AuthenticatedUser::sessionId).orElse(null)),
              caller(ctx, byToken));
    } else {
      String refreshCookie = ctx.cookie(settings.refreshCookie());
      Optional<AuthenticatedUser> byCookie = accessTokenUser(ctx.cookie(settings.accessCookie()));
      Optional<String> session =
          useCases
              .lookupSession()
              .sessionOf(refreshCookie)
              .or(() -> byCookie.map(AuthenticatedUser::sessionId));
      session.ifPresent(id -> csrf.require(ctx, id));
      useCases
          .logout()
          .logout(new LogoutRequest(refreshCookie, session.orElse(null)), caller(ctx, byCookie));
    }
    cookies.clear(ctx);
    ctx.json(MessageResponse.of("Logged out"));
  }

  private String bodyToken(Context ctx) {
    JsonNode body = bodies.read(ctx).orElse(null);
    return BodyFields.text(body, "refresh_token", "refreshToken");
  }

  private Optional<AuthenticatedUser> accessTokenUser(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(useCases.authenticate().authenticate(accessToken));
    } catch (AuthenticationFailedException | AccessDeniedException e) {
      return Optional.empty();
    }
  }

  private Caller caller(Context ctx, Optional<AuthenticatedUser> byAccessToken) {
    return new Caller(
        byAccessToken.map(AuthenticatedUser::user).orElse(null), Callers.origin(ctx, addresses));
  }

  private static String bearerToken(String authorization) {
    if (authorization == null) {
      return null;
    }
    String value = authorization.strip();
    if (!value.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return null;
    }
    String token = value.substring("bearer ".length()).strip();
    return token.isEmpty() ? null : token;
  }
}
