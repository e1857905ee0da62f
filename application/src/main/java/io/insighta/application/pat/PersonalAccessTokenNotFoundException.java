package io.insighta.application.pat;

/**
 * No token with that id is visible to the caller: unknown, malformed, revoked or someone else's
 * (HTTP 404, so existence never leaks).
 */
public class PersonalAccessTokenNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PersonalAccessTokenNotFoundException() {
    super("Token not found");
  }
}
