package io.insighta.adapters.http.server.auth;

import io.insighta.domain.user.IdentityProviderException;

/** The short reason code the sign-in page explains after a browser's sign-in step failed. */
final class SignInFailure {
  private SignInFailure() {}

  static String reasonOf(RuntimeException failure) {
    if (failure instanceof IdentityProviderException provider) {
      return switch (provider.kind()) {
        case NOT_CONFIGURED -> "github_not_configured";
        case UNAVAILABLE -> "github_unavailable";
        case REJECTED -> "sign_in_failed";
      };
    }
    return LoginRoutes.INVALID_STATE.equals(failure.getMessage())
        ? "state_expired"
        : "sign_in_failed";
  }
}
