package io.insighta.adapters.http.client;

/** A remote service answered, but not with the JSON shape or values the client relies on. */
public class InvalidReplyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidReplyException(String detail) {
    super(detail);
  }

  public InvalidReplyException(String detail, Throwable cause) {
    super(detail, cause);
  }
}
