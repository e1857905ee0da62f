package io.insighta.adapters.http.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.insighta.adapters.http.server.context.LogContext;
import org.eclipse.jetty.server.Handler;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class LogContextScopeTest {

  @Test
  void theContextIsClearedEvenWhenServingTheRequestFails() {
    LogContextScope scope = new LogContextScope();
    scope.setHandler(
        (Handler.Abstract)
            new Handler.Abstract() {
              @Override
              public boolean handle(
                  org.eclipse.jetty.server.Request request,
                  org.eclipse.jetty.server.Response response,
                  org.eclipse.jetty.util.Callback callback) {
                LogContext.begin("req-1");
                LogContext.authenticated("user-1");
                throw new IllegalStateException("handler failed");
              }
            });

    assertThatThrownBy(() -> scope.handle(null, null, null))
        .isInstanceOf(IllegalStateException.class);
    assertThat(MDC.get(LogContext.REQUEST_ID)).isNull();
    assertThat(MDC.get(LogContext.USER_ID)).isNull();
  }

  @Test
  void beginningARequestDropsTheUserOfTheLastOne() {
    LogContext.begin("req-1");
    LogContext.authenticated("user-1");

    LogContext.begin("req-2");

    assertThat(MDC.get(LogContext.REQUEST_ID)).isEqualTo("req-2");
    assertThat(MDC.get(LogContext.USER_ID)).isNull();
    LogContext.clear();
  }
}
