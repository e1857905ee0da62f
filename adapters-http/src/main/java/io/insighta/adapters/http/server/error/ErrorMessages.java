package io.insighta.adapters.http.server.error;

/** The client-facing error texts that more than one class writes. */
public final class ErrorMessages {

  public static final String INTERNAL = "Internal server error";
  public static final String NOT_FOUND = "Not found";
  public static final String METHOD_NOT_ALLOWED = "Method not allowed";
  public static final String BODY_TOO_LARGE = "Request body too large";
  public static final String UNSUPPORTED_MEDIA_TYPE = "Unsupported media type";
  public static final String INVALID_JSON = "Invalid JSON body";
  public static final String INVALID_BODY = "Invalid request body";
  public static final String INVALID_TYPE = "Invalid type";
  public static final String MISSING_PARAMETER = "Missing or empty parameter";
  public static final String INVALID_PARAMETERS = "Invalid query parameters";
  public static final String AUTHENTICATION_REQUIRED = "Authentication required";
  public static final String INVALID_TOKEN = "Invalid or expired token";
  public static final String DEACTIVATED = "Account is deactivated";
  public static final String FORBIDDEN = "Forbidden";

  private ErrorMessages() {}
}
