package io.insighta.domain.token;

/** A presented access token is malformed, forged, of the wrong kind or expired. */
public class InvalidTokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String message) {
    super(message);
  }

  public InvalidTokenException(String message, Throwable cause) {
    super(message, cause);
  }
}
