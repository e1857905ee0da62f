package io.insighta.adapters.http.server.pipeline;

import io.insighta.adapters.http.server.context.LogContext;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost Jetty handler: whatever happens while a request is served, the logging context it
 * set is cleared before the thread goes back to the pool, so no later line carries its ids.
 */
public final class LogContextScope extends Handler.Wrapper {

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    try {
      return super.handle(request, response, callback);
    } finally {
      // A synchronous request is served inside this call, access line included.
      LogContext.clear();
    }
  }
}
