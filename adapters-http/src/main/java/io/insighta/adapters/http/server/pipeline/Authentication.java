package io.insighta.adapters.http.server.pipeline;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.application.auth.AccessDeniedException;
import io.insighta.application.auth.AuthenticatePersonalAccessTokenUseCase;
import io.insighta.application.auth.AuthenticateUseCase;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.application.auth.AuthenticationFailedException;
import io.insighta.domain.pat.PersonalAccessTokenSecret;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;

/**
 * Resolves the access token of {@code /api/*} and {@code /auth/me} requests, from the {@code
 * Authorization: Bearer} header or else the session cookie, and records who is calling. A bearer
 * personal access token ({@code insighta_pat_…}) is accepted on {@code /api/*} only; anywhere else
 * it is just an invalid access token.
 */
public final class Authentication implements Handler {

  static final String CHALLENGE = "Bearer";
  static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";
  private static final String BEARER_PREFIX = "bearer ";

  private final AuthenticateUseCase authenticate;
  private final AuthenticatePersonalAccessTokenUseCase personalTokens;
  private final String cookieName;

  public Authentication(
      AuthenticateUseCase authenticate,
      AuthenticatePersonalAccessTokenUseCase personalTokens,
      String cookieName) {
    this.authenticate = authenticate;
    this.personalTokens = personalTokens;
    this.cookieName = cookieName;
  }

  @Override
  public void handle(Context ctx) {
    if (!PathRules.requiresAuthentication(ctx.path())) {
      return;
    }
    String bearer = bearerToken(ctx.header("Authorization"));
    String token = bearer != null ? bearer : ctx.cookie(cookieName);
    if (token == null || token.isBlank()) {
      throw ApiException.unauthorized(ErrorMessages.AUTHENTICATION_REQUIRED, CHALLENGE);
    }
    boolean personal =
        bearer != null
            && PathRules.isApi(ctx.path())
            && PersonalAccessTokenSecret.isClaimedBy(bearer);
    AuthenticatedUser user;
    try {
      user = personal ? personalTokens.authenticate(bearer) : authenticate.authenticate(token);
    } catch (AuthenticationFailedException e) {
      throw ApiException.unauthorized(ErrorMessages.INVALID_TOKEN, INVALID_TOKEN_CHALLENGE);
    } catch (AccessDeniedException e) {
      throw ApiException.forbidden(ErrorMessages.DEACTIVATED);
    }
    RequestAttributes.setAuthenticated(ctx, user, bearer == null);
  }

  private static String bearerToken(String authorization) {
    if (authorization == null) {
      return null;
    }
    String value = authorization.strip();
    if (!value.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX)) {
      return null;
    }
    String token = value.substring(BEARER_PREFIX.length()).strip();
    return token.isEmpty() ? null : token;
  }
}
