package io.insighta.adapters.http.server.context;

import org.slf4j.MDC;

/**
 * The request's identity in the logging context (SLF4J's MDC), so that every line logged while a
 * request is served, the access line included, carries its {@code request_id} and, once
 * authenticated, its {@code user_id}.
 */
public final class LogContext {
  public static final String REQUEST_ID = "request_id";
  public static final String USER_ID = "user_id";

  private LogContext() {}

  /** Starts a request's context; a user id left behind by an earlier request never carries over. */
  public static void begin(String requestId) {
    MDC.remove(USER_ID);
    MDC.put(REQUEST_ID, requestId);
  }

  public static void authenticated(String userId) {
    MDC.put(USER_ID, userId);
  }

  public static void clear() {
    MDC.remove(REQUEST_ID);
    MDC.remove(USER_ID);
  }
}
