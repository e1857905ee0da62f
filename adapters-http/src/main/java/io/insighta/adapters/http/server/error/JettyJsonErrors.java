package io.insighta.adapters.http.server.error;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (malformed requests, oversized headers or URIs, which never reach
 * Javalin) as the API's JSON error body instead of HTML, without details.
 */
public final class JettyJsonErrors extends ErrorHandler {

  public JettyJsonErrors() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  /**
   * Every method gets the body: Jetty's default writes one only for GET, POST and HEAD, so a bad
   * DELETE, PATCH, OPTIONS or CONNECT (and any malformed request parsed as one) went out empty.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    headers.put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body(code)), callback);
  }

  private static byte[] body(int code) {
    String message =
        switch (code) {
          case 400 -> "Bad request";
          case 404 -> ErrorMessages.NOT_FOUND;
          case 405 -> ErrorMessages.METHOD_NOT_ALLOWED;
          case 413 -> ErrorMessages.BODY_TOO_LARGE;
          case 500 -> ErrorMessages.INTERNAL;
          default -> {
            String reason = HttpStatus.getMessage(code);
            yield reason == null ? "Error" : reason;
          }
        };
    // The messages are fixed ASCII phrases, so no JSON escaping is needed.
    return ("{\"status\":\"error\",\"message\":\"" + message + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
