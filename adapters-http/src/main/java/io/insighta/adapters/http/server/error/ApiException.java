package io.insighta.adapters.http.server.error;

import java.util.Map;

/**
 * An HTTP error with the exact status, client-facing message and extra headers to answer with;
 * thrown anywhere in the pipeline or a handler and written by {@link ErrorMapping}.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final Map<String, String> headers;

  public ApiException(int status, String message) {
    this(status, message, Map.of());
  }

  public ApiException(int status, String message, Map<String, String> headers) {
    super(message, null, false, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    this.status = status;
    this.headers = Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  public static ApiException unprocessable(String message) {
    return new ApiException(422, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, message);
  }

  /** A 401 with the {@code WWW-Authenticate} challenge bearer clients expect. */
  public static ApiException unauthorized(String message, String challenge) {
    return new ApiException(401, message, Map.of("WWW-Authenticate", challenge));
  }

  /** A 429 telling the client how many seconds to wait. */
  public static ApiException tooManyRequests(long retryAfterSeconds) {
    return new ApiException(
        429, "Too many requests", Map.of("Retry-After", Long.toString(retryAfterSeconds)));
  }
}
