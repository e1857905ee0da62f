package io.insighta.adapters.http.server.error;

/** The body of every error answer: {@code {"status":"error","message":"..."}}. */
public record ErrorResponse(String status, String message) {

  public static ErrorResponse of(String message) {
    return new ErrorResponse("error", message);
  }
}
