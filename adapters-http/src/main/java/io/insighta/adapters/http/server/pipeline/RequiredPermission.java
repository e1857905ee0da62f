package io.insighta.adapters.http.server.pipeline;

import io.insighta.domain.role.Permission;
import io.javalin.security.RouteRole;
import java.util.Objects;

/** A route role naming the permission a caller's role must grant to use the route. */
public record RequiredPermission(Permission permission) implements RouteRole {

  public RequiredPermission {
    Objects.requireNonNull(permission, "permission");
  }

  public static RequiredPermission of(Permission permission) {
    return new RequiredPermission(permission);
  }
}
