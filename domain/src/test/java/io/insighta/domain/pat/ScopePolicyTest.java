package io.insighta.domain.pat;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.role.Permission;
import io.insighta.domain.role.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopePolicyTest {
  private static final Set<Permission> READING =
      EnumSet.of(Permission.READ_PROFILES, Permission.READ_SELF);
  private static final Set<Permission> WRITING =
      EnumSet.of(
          Permission.READ_PROFILES,
          Permission.READ_SELF,
          Permission.CREATE_PROFILES,
          Permission.DELETE_PROFILES,
          Permission.IMPORT_PROFILES);

  @Test
  void everyScopeRoleAndPermissionIsTheRoleCappedByTheScope() {
    for (Role role : Role.values()) {
      for (Permission permission : Permission.values()) {
        boolean roleAllows = role == Role.ADMIN || READING.contains(permission);
        assertThat(ScopePolicy.allows(role, TokenScope.READ, permission))
            .as("%s read %s", role, permission)
            .isEqualTo(roleAllows && READING.contains(permission));
        assertThat(ScopePolicy.allows(role, TokenScope.WRITE, permission))
            .as("%s write %s", role, permission)
            .isEqualTo(roleAllows && WRITING.contains(permission));
      }
    }
  }

  @Test
  void noScopeEverManagesUsersOrTokens() {
    for (TokenScope scope : TokenScope.values()) {
      assertThat(ScopePolicy.allows(Role.ADMIN, scope, Permission.MANAGE_USERS)).isFalse();
      assertThat(ScopePolicy.allows(Role.ADMIN, scope, Permission.MANAGE_TOKENS)).isFalse();
    }
  }

  @Test
  void writeIsIssuedOnlyToAdminsAndReadToEveryone() {
    assertThat(ScopePolicy.issuableTo(Role.ANALYST, TokenScope.READ)).isTrue();
    assertThat(ScopePolicy.issuableTo(Role.ADMIN, TokenScope.READ)).isTrue();
    assertThat(ScopePolicy.issuableTo(Role.ADMIN, TokenScope.WRITE)).isTrue();
    assertThat(ScopePolicy.issuableTo(Role.ANALYST, TokenScope.WRITE)).isFalse();
  }

  @Test
  void scopesParseCaseInsensitivelyAndNothingElse() {
    assertThat(TokenScope.parse("read")).contains(TokenScope.READ);
    assertThat(TokenScope.parse("WRITE")).contains(TokenScope.WRITE);
    assertThat(TokenScope.parse("admin")).isEmpty();
    assertThat(TokenScope.parse("")).isEmpty();
    assertThat(TokenScope.parse(null)).isEmpty();
    assertThat(TokenScope.DEFAULT).isEqualTo(TokenScope.READ);
  }
}
