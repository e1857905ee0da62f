package io.insighta.adapters.http.server.error;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.application.StorageUnavailableException;
import io.insighta.domain.profile.DemographicsUnavailableException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: every failure, from any pipeline step, route or Javalin itself, becomes
 * a {@code {"status":"error","message":...}} body; unexpected ones become a generic 500 whose stack
 * trace goes only to the log, tagged with the request id.
 */
public final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  public void register(RoutesConfig routes) {
    // Javalin keeps a default handler for its own HttpResponseException; replace it explicitly.
    routes.exception(HttpResponseException.class, this::handle);
    routes.exception(Exception.class, this::handle);
  }

  void handle(Exception e, Context ctx) {
    String requestId = RequestAttributes.requestId(ctx);
    Optional<ApiException> translated = ExceptionTranslator.translate(e);
    if (translated.isEmpty()) {
      LOG.error("Unexpected failure in {} {} [request {}]", ctx.method(), ctx.path(), requestId, e);
    } else {
      logExpected(e, ctx, requestId);
    }
    if (ctx.res().isCommitted()) {
      LOG.warn("Response already committed, error not sent [request {}]", requestId);
      return;
    }
    ApiException error = translated.orElseGet(() -> new ApiException(500, ErrorMessages.INTERNAL));
    write(ctx, error);
  }

  /** Writes an error answer with the headers every error carries. */
  public static void write(Context ctx, ApiException error) {
    ctx.res().setHeader("Content-Disposition", null);
    ctx.status(error.status());
    error.headers().forEach(ctx::header);
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.json(ErrorResponse.of(error.getMessage()));
  }

  private static void logExpected(Exception e, Context ctx, String requestId) {
    if (e instanceof StorageUnavailableException) {
      LOG.warn("Storage unavailable in {} [request {}]", ctx.path(), requestId, e);
    } else if (e instanceof DemographicsUnavailableException) {
      LOG.warn("{} [request {}]", e.getMessage(), requestId);
    } else if (e instanceof BodyReadException) {
      // The client's fault, often a hostile one: the access log line is enough unless debugging.
      LOG.debug("{} {}: {} [request {}]", ctx.method(), ctx.path(), e.getMessage(), requestId);
    }
  }
}
