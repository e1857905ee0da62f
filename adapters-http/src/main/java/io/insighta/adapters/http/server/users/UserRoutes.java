package io.insighta.adapters.http.server.users;

import io.insighta.adapters.http.server.GetRoutes;
import io.insighta.adapters.http.server.context.Callers;
import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.adapters.http.server.json.JsonBodyReader;
import io.insighta.adapters.http.server.paging.PageParameters;
import io.insighta.adapters.http.server.paging.PagedResponse;
import io.insighta.adapters.http.server.pipeline.RequiredPermission;
import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.application.audit.Caller;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.application.user.ListUsersUseCase;
import io.insighta.application.user.UpdateUserUseCase;
import io.insighta.application.user.UserNotFoundException;
import io.insighta.domain.role.Permission;
import io.insighta.domain.user.User;
import io.insighta.domain.user.UserUpdate;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /auth/me}, {@code /api/users/me} (anyone signed in), {@code GET /api/users} and {@code
 * PATCH /api/users/{id}} (user managers only).
 */
public final class UserRoutes {
  private final ListUsersUseCase list;
  private final UpdateUserUseCase update;
  private final JsonBodyReader bodies;
  private final ClientAddress addresses;

  public UserRoutes(
      ListUsersUseCase list,
      UpdateUserUseCase update,
      JsonBodyReader bodies,
      ClientAddress addresses) {
    this.list = list;
    this.update = update;
    this.bodies = bodies;
    this.addresses = addresses;
  }

  public void register(RoutesConfig routes) {
    RequiredPermission self = RequiredPermission.of(Permission.READ_SELF);
    RequiredPermission manage = RequiredPermission.of(Permission.MANAGE_USERS);
    GetRoutes.register(routes, "/auth/me", this::me, self);
    GetRoutes.register(routes, "/api/users/me", this::me, self);
    GetRoutes.register(routes, "/api/users", this::list, manage);
    routes.patch("/api/users/{id}", this::update, manage);
  }

  private void me(Context ctx) {
    ctx.json(MeResponse.of(UserMapper.toResponse(caller(ctx))));
  }

  private void list(Context ctx) {
    ctx.json(
        PagedResponse.of(
            "/api/users",
            Map.of(),
            list.list(caller(ctx), PageParameters.of(ctx)),
            UserMapper::toResponse));
  }

  private void update(Context ctx) {
    UserUpdate change = UserPatch.read(bodies.read(ctx));
    try {
      Caller by = new Caller(caller(ctx), Callers.origin(ctx, addresses));
      User changed = update.update(by, ctx.pathParam("id"), change);
      ctx.json(UserDataResponse.of(UserMapper.toResponse(changed)));
    } catch (UserNotFoundException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  private static User caller(Context ctx) {
    return RequestAttributes.authenticatedUser(ctx)
        .map(AuthenticatedUser::user)
        .orElseThrow(
            () -> ApiException.unauthorized(ErrorMessages.AUTHENTICATION_REQUIRED, "Bearer"));
  }
}
