package io.insighta.adapters.http.server.auth;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.application.auth.BadAuthRequestException;
import io.javalin.http.Handler;

/** Turns the core's malformed-request signal into the 400 the one exception mapper writes. */
final class AuthErrors {
  private AuthErrors() {}

  static Handler translated(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (BadAuthRequestException e) {
        throw ApiException.badRequest(e.getMessage());
      }
    };
  }
}
