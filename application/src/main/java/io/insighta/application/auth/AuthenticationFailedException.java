package io.insighta.application.auth;

/** Credentials were missing, malformed, expired, revoked or forged (HTTP 401). */
public class AuthenticationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AuthenticationFailedException(String message) {
    super(message);
  }

  public AuthenticationFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
