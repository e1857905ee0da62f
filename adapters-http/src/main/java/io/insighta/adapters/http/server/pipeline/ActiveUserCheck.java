package io.insighta.adapters.http.server.pipeline;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.error.ErrorMessages;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Refuses every request of a deactivated user, whatever the route. */
public final class ActiveUserCheck implements Handler {

  @Override
  public void handle(Context ctx) {
    RequestAttributes.authenticatedUser(ctx)
        .filter(authenticated -> !authenticated.user().active())
        .ifPresent(
            inactive -> {
              throw ApiException.forbidden(ErrorMessages.DEACTIVATED);
            });
  }
}
