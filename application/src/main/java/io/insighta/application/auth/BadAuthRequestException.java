package io.insighta.application.auth;

/** A sign-in or token request that is malformed or fails a protocol check (HTTP 400). */
public class BadAuthRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadAuthRequestException(String message) {
    super(message);
  }
}
