package io.insighta.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.domain.role.Role;
import org.junit.jupiter.api.Test;

class TestLoginTest {
  private final AuthFixture fx = new AuthFixture();

  @Test
  void disabledTestLoginAnswersNothing() {
    TestLoginUseCase off = new TestLoginService(false, fx.signIn);

    assertThat(off.login("test_code", AuthFixture.ORIGIN)).isEmpty();
  }

  @Test
  void testCodesSignInSyntheticAdminAndAnalyst() {
    TestLoginUseCase on = new TestLoginService(true, fx.signIn);

    IssuedSession admin = on.login("test_code", AuthFixture.ORIGIN).orElseThrow();
    IssuedSession analyst = on.login("analyst_test_code", AuthFixture.ORIGIN).orElseThrow();

    assertThat(admin.user().role()).isEqualTo(Role.ADMIN);
    assertThat(admin.user().githubId()).isNegative();
    assertThat(analyst.user().role()).isEqualTo(Role.ANALYST);
    assertThat(analyst.user().githubId()).isNegative();
    assertThat(on.login("test_code", AuthFixture.ORIGIN).orElseThrow().user().id())
        .isEqualTo(admin.user().id());
    assertThat(on.login("real-github-code", AuthFixture.ORIGIN)).isEmpty();
  }

  @Test
  void adminLoginListNeverPromotesTheAnalystTestUser() {
    SignIn listing =
        new SignIn(
            fx.users,
            AdminBootstrap.logins("insighta-test-analyst"),
            fx.issuer,
            fx.transactions,
            fx.audit,
            fx.clock);

    assertThat(
            new TestLoginService(true, listing)
                .login("analyst_test_code", AuthFixture.ORIGIN)
                .orElseThrow()
                .user()
                .role())
        .isEqualTo(Role.ANALYST);
  }
}
