package io.insighta.adapters.http.server.pipeline;

/**
 * Told about every finished request, for metrics: its method (a standard one or {@code OTHER}), its
 * route template (never the raw path; see {@link RouteTemplate}), status and how long it took.
 */
@FunctionalInterface
public interface RequestObserver {

  /** Observes nothing. */
  RequestObserver NONE = (method, route, status, durationNanos) -> {};

  void finished(String method, String route, int status, long durationNanos);
}
