package io.insighta.adapters.http.server.pipeline;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs one line per finished request: method, path, status, latency and request id. */
public final class AccessLog implements RequestLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.insighta.http.access");

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    if (LOG.isInfoEnabled()) {
      LOG.info(
          "{} {} {} {}ms request_id={}",
          ctx.method().name(),
          ctx.path(),
          ctx.statusCode(),
          executionTimeMs == null ? 0 : Math.round(executionTimeMs),
          RequestAttributes.requestId(ctx));
    }
  }
}
