package io.insighta.domain.pat;

import io.insighta.domain.role.Permission;
import io.insighta.domain.role.Role;
import io.insighta.domain.role.RolePolicy;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The scope → permission table and the rule a request made with a personal access token obeys:
 * {@code read} lists, gets, searches, exports and reads stats and the owner; {@code write} also
 * creates, deletes and imports profiles. No scope grants user or token management, nor any
 * permission added later, and the owner's current role caps every scope.
 */
public final class ScopePolicy {
  private static final Map<TokenScope, Set<Permission>> GRANTS =
      Map.of(
          TokenScope.READ,
          EnumSet.of(Permission.READ_PROFILES, Permission.READ_SELF),
          TokenScope.WRITE,
          EnumSet.of(
              Permission.READ_PROFILES,
              Permission.READ_SELF,
              Permission.CREATE_PROFILES,
              Permission.DELETE_PROFILES,
              Permission.IMPORT_PROFILES));

  private ScopePolicy() {}

  public static boolean grants(TokenScope scope, Permission permission) {
    return GRANTS.get(scope).contains(permission);
  }

  /** A request made with the token: its owner's role must allow it and its scope grant it. */
  public static boolean allows(Role ownerRole, TokenScope scope, Permission permission) {
    return RolePolicy.allows(ownerRole, permission) && grants(scope, permission);
  }

  /** A scope is given only to an owner whose role allows everything the scope grants. */
  public static boolean issuableTo(Role ownerRole, TokenScope scope) {
    return GRANTS.get(scope).stream().allMatch(p -> RolePolicy.allows(ownerRole, p));
  }
}
