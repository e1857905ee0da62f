package io.insighta.adapters.cache;

/**
 * Redis did not answer a command (down, slow, refused or erroring); callers fail open or map it.
 */
public final class RedisUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RedisUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
