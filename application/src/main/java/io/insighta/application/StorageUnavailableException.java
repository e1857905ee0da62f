package io.insighta.application;

/** The database cannot be reached right now; callers should retry later (HTTP 503). */
public class StorageUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
