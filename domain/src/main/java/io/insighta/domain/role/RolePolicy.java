package io.insighta.domain.role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The role → permission table: analysts read, search, export, see themselves and manage their own
 * tokens; admins do all.
 */
public final class RolePolicy {
  private static final Map<Role, Set<Permission>> GRANTS =
      Map.of(
          Role.ANALYST,
              EnumSet.of(Permission.READ_PROFILES, Permission.READ_SELF, Permission.MANAGE_TOKENS),
          Role.ADMIN, EnumSet.allOf(Permission.class));

  private RolePolicy() {}

  public static boolean allows(Role role, Permission permission) {
    return GRANTS.get(role).contains(permission);
  }
}
