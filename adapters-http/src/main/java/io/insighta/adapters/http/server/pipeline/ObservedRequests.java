package io.insighta.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.Set;

/** Hands every finished request to a {@link RequestObserver}, after the access line is logged. */
public final class ObservedRequests implements RequestLogger {
  /** What any other method name (a client may send any capital letters) is reported as. */
  public static final String OTHER_METHOD = "OTHER";

  private static final long NANOS_PER_MILLI = 1_000_000L;
  private static final Set<String> METHODS =
      Set.of(
          "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "QUERY");

  private final RequestObserver observer;

  public ObservedRequests(RequestObserver observer) {
    this.observer = observer;
  }

  @Override
  public void handle(Context ctx, Float executionTimeMs) {
    long nanos = executionTimeMs == null ? 0 : (long) (executionTimeMs * NANOS_PER_MILLI);
    observer.finished(method(ctx.method().name()), RouteTemplate.of(ctx), ctx.statusCode(), nanos);
  }

  static String method(String name) {
    return METHODS.contains(name) ? name : OTHER_METHOD;
  }
}
