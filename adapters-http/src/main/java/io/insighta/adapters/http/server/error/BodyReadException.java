package io.insighta.adapters.http.server.error;

/**
 * The request body could not be read whole: the client cut it off or reset the connection, its
 * chunked framing is broken, or its bytes are not valid in its charset. Whatever the request was
 * doing is abandoned (an import rolls back) and the client, if still there, gets a 400.
 */
public final class BodyReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BodyReadException(Throwable cause) {
    // No stack trace: the cause says what happened, and it is the client's fault, not ours.
    super("request body not read whole: " + cause, cause, false, false);
  }
}
