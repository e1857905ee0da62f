package io.insighta.adapters.http.server.audit;

import io.insighta.adapters.http.server.GetRoutes;
import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.insighta.adapters.http.server.paging.PageParameters;
import io.insighta.adapters.http.server.paging.PagedResponse;
import io.insighta.adapters.http.server.pipeline.RequiredPermission;
import io.insighta.application.audit.ListAuditEntriesUseCase;
import io.insighta.application.auth.AuthenticatedUser;
import io.insighta.domain.query.PageRequest;
import io.insighta.domain.role.Permission;
import io.insighta.domain.user.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /api/audit}: the audit trail, newest first, paged and filtered, for admins. */
public final class AuditRoutes {
  static final String PATH = "/api/audit";

  private final ListAuditEntriesUseCase list;

  public AuditRoutes(ListAuditEntriesUseCase list) {
    this.list = list;
  }

  public void register(RoutesConfig routes) {
    GetRoutes.register(routes, PATH, this::list, RequiredPermission.of(Permission.READ_AUDIT));
  }

  private void list(Context ctx) {
    AuditQueryParameters query = AuditQueryParameters.of(ctx);
    PageRequest page = PageParameters.of(ctx);
    ctx.json(
        PagedResponse.of(
            PATH,
            query.kept(),
            list.list(reader(ctx), query.filter(), page),
            AuditEntryMapper::toResponse));
  }

  private static User reader(Context ctx) {
    return RequestAttributes.authenticatedUser(ctx)
        .map(AuthenticatedUser::user)
        .orElseThrow(
            () -> ApiException.unauthorized(ErrorMessages.AUTHENTICATION_REQUIRED, "Bearer"));
  }
}
