package io.insighta.adapters.http.client;

import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.MDC;

/**
 * Gives the completion of an asynchronous call the logging context (SLF4J's MDC) of the thread that
 * started it, so a line it logs still names the request being served.
 */
public final class CallerLogContext {

  private CallerLogContext() {}

  /** Wraps {@code completion}, capturing the context now and restoring the thread's after it. */
  public static <A, B, R> BiFunction<A, B, R> carry(BiFunction<A, B, R> completion) {
    Map<String, String> caller = MDC.getCopyOfContextMap();
    return (first, second) -> {
      Map<String, String> own = MDC.getCopyOfContextMap();
      replace(caller);
      try {
        return completion.apply(first, second);
      } finally {
        replace(own);
      }
    };
  }

  private static void replace(Map<String, String> context) {
    if (context == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(context);
    }
  }
}
