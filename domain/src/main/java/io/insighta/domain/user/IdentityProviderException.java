package io.insighta.domain.user;

/** The identity provider refused the sign-in, could not be reached, or is not configured. */
public class IdentityProviderException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Kind kind;

  /** Why the sign-in failed, which decides the HTTP status (400, 502, 503). */
  public enum Kind {
    REJECTED,
    UNAVAILABLE,
    NOT_CONFIGURED
  }

  public IdentityProviderException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public IdentityProviderException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
