package io.insighta.adapters.http.server.tokens;

import io.insighta.adapters.http.server.GetRoutes;
import io.insighta.adapters.http.server.context.Callers;
import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.adapters.http.server.json.JsonBodyReader;
import io.insighta.adapters.http.server.json.ObjectMappers;
import io.insighta.adapters.http.server.pipeline.RequiredPermission;
import io.insighta.adapters.http.server.profile.DataEnvelope;
import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.application.pat.IssuedPersonalAccessToken;
import io.insighta.application.pat.PersonalAccessTokenNotFoundException;
import io.insighta.domain.role.Permission;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /api/tokens}, {@code GET /api/tokens} and {@code DELETE /api/tokens/{id}}: personal
 * access tokens, managed from a sign-in session only (a personal token gets 403 here).
 */
public final class TokenRoutes {
  static final String NOT_FOUND = "Token not found";

  /** A token request is a few dozen bytes; nothing legitimate comes near this. */
  private static final long MAX_BODY_BYTES = 16 * 1024;

  private final TokenUseCases useCases;
  private final JsonBodyReader bodies;
  private final ClientAddress addresses;

  public TokenRoutes(TokenUseCases useCases, ClientAddress addresses) {
    this.addresses = addresses;
    this.useCases = useCases;
    this.bodies = new JsonBodyReader(ObjectMappers.create(), MAX_BODY_BYTES);
  }

  public void register(RoutesConfig routes) {
    RequiredPermission manage = RequiredPermission.of(Permission.MANAGE_TOKENS);
    routes.post("/api/tokens", this::create, manage);
    GetRoutes.register(routes, "/api/tokens", this::list, manage);
    routes.delete("/api/tokens/{id}", this::revoke, manage);
  }

  private void create(Context ctx) {
    IssuedPersonalAccessToken issued =
        useCases
            .create()
            .create(
                caller(ctx),
                Callers.origin(ctx, addresses),
                TokenRequestBody.read(bodies.read(ctx)));
    ctx.status(201).json(DataEnvelope.of(TokenMapper.toResponse(issued)));
  }

  private void list(Context ctx) {
    List<TokenResponse> tokens =
        useCases.list().list(caller(ctx)).stream().map(TokenMapper::toResponse).toList();
    ctx.json(DataEnvelope.of(tokens));
  }

  private void revoke(Context ctx) {
    try {
      useCases.revoke().revoke(caller(ctx), Callers.origin(ctx, addresses), ctx.pathParam("id"));
    } catch (PersonalAccessTokenNotFoundException e) {
      throw ApiException.notFound(NOT_FOUND);
    }
    ctx.status(204);
  }

  private static AuthenticatedUser caller(Context ctx) {
    return RequestAttributes.authenticatedUser(ctx)
        .orElseThrow(
            () -> ApiException.unauthorized(ErrorMessages.AUTHENTICATION_REQUIRED, "Bearer"));
  }
}
