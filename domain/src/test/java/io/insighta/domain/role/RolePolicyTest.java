package io.insighta.domain.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RolePolicyTest {

  @Test
  void analystsReadProfilesAndThemselvesAndManageTheirTokensOnly() {
    assertThat(RolePolicy.allows(Role.ANALYST, Permission.READ_PROFILES)).isTrue();
    assertThat(RolePolicy.allows(Role.ANALYST, Permission.READ_SELF)).isTrue();
    assertThat(RolePolicy.allows(Role.ANALYST, Permission.MANAGE_TOKENS)).isTrue();
    assertThat(RolePolicy.allows(Role.ANALYST, Permission.CREATE_PROFILES)).isFalse();
    assertThat(RolePolicy.allows(Role.ANALYST, Permission.DELETE_PROFILES)).isFalse();
    assertThat(RolePolicy.allows(Role.ANALYST, Permission.MANAGE_USERS)).isFalse();
  }

  @Test
  void adminsMayDoEverything() {
    for (Permission permission : Permission.values()) {
      assertThat(RolePolicy.allows(Role.ADMIN, permission)).isTrue();
    }
  }

  @Test
  void roleCodesParseCaseInsensitively() {
    assertThat(Role.parse("Admin")).contains(Role.ADMIN);
    assertThat(Role.parse("analyst")).contains(Role.ANALYST);
    assertThat(Role.parse("root")).isEmpty();
  }
}
