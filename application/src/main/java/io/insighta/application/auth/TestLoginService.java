package io.insighta.application.auth;

import io.insighta.application.audit.RequestOrigin;
import io.insighta.domain.user.ExternalIdentity;
import java.util.Optional;

/**
 * Signs in one of two synthetic users with negative GitHub ids, which no real GitHub account can
 * have: {@code test_code} → the admin test user, {@code analyst_test_code} → the analyst test user.
 */
public final class TestLoginService implements TestLoginUseCase {
  public static final String ADMIN_CODE = "test_code";
  public static final String ANALYST_CODE = "analyst_test_code";
  static final ExternalIdentity ADMIN = new ExternalIdentity(-1, "insighta-test-admin", null, null);
  static final ExternalIdentity ANALYST =
      new ExternalIdentity(-2, "insighta-test-analyst", null, null);

  private final boolean enabled;
  private final SignIn signIn;

  public TestLoginService(boolean enabled, SignIn signIn) {
    this.enabled = enabled;
    this.signIn = signIn;
  }

  @Override
  public Optional<IssuedSession> login(String code, RequestOrigin origin) {
    if (!enabled || code == null) {
      return Optional.empty();
    }
    if (ADMIN_CODE.equals(code)) {
      return Optional.of(signIn.withTestIdentity(ADMIN, true, origin));
    }
    if (ANALYST_CODE.equals(code)) {
      return Optional.of(signIn.withTestIdentity(ANALYST, false, origin));
    }
    return Optional.empty();
  }
}
