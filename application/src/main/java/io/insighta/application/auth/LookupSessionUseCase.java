package io.insighta.application.auth;

import java.util.Optional;

/**
 * Names the session a refresh token belongs to, so CSRF tokens can be checked on cookie refresh and
 * logout.
 */
public interface LookupSessionUseCase {

  Optional<String> sessionOf(String refreshToken);
}
