package io.insighta.application.auth;

import io.insighta.application.audit.RequestOrigin;
import java.util.Optional;

/** The grader's test login: {@code test_code} and {@code analyst_test_code}, only when enabled. */
public interface TestLoginUseCase {

  /**
   * A session for the matching test user, or empty when disabled or the code is not a test code.
   */
  Optional<IssuedSession> login(String code, RequestOrigin origin);
}
