package io.insighta.adapters.http.server.pipeline;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, keeping a caller's {@code X-Request-Id} only when it is short and
 * plain enough to log safely, and echoes it on the response.
 */
public final class RequestIdStep implements Handler {

  public static final String HEADER = "X-Request-Id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  @Override
  public void handle(Context ctx) {
    String incoming = ctx.header(HEADER);
    String id =
        incoming != null && SANE.matcher(incoming).matches()
            ? incoming
            : UUID.randomUUID().toString();
    RequestAttributes.setRequestId(ctx, id);
    ctx.header(HEADER, id);
  }
}
