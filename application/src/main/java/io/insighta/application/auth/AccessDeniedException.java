package io.insighta.application.auth;

/** An authenticated user who is inactive or lacks the permission (HTTP 403). */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
