package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.context.LogContext;
import io.insighta.adapters.http.server.pipeline.RequestObserver;
import io.insighta.adapters.http.server.support.FakeAuthenticator;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** What the pipeline tells the logging context and the metrics observer about each request. */
class RequestObservationApiTest {

  private static final List<String> OBSERVED = new CopyOnWriteArrayList<>();
  private static final Map<String, Map<String, String>> CONTEXT_IN_HANDLER =
      new ConcurrentHashMap<>();
  private static TestApp app;

  @BeforeAll
  static void start() {
    RequestObserver observer =
        (method, route, status, nanos) -> OBSERVED.add(method + " " + route + " " + status);
    Handler recordContext =
        ctx -> {
          CONTEXT_IN_HANDLER.put(ctx.pathParam("name"), Map.copyOf(MDC.getCopyOfContextMap()));
          ctx.result("ok");
        };
    RouteGroup probe =
        routes -> {
          routes.get("/api/probe/{name}", recordContext);
          routes.get("/probe/{name}", recordContext);
        };
    app = TestApp.observed(observer, List.of(probe));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void aHandlerLogsWithTheResponsesRequestIdAndTheAuthenticatedUser() {
    Reply reply = app.client.get("/api/probe/signed-in").as(FakeAuthenticator.ADMIN).send();

    Map<String, String> context = CONTEXT_IN_HANDLER.get("signed-in");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(context).containsEntry(LogContext.REQUEST_ID, reply.header("X-Request-Id"));
    assertThat(context.get(LogContext.USER_ID)).matches("[0-9a-f-]{36}");
  }

  @Test
  void aUserIdNeverCarriesOverToTheNextRequestOnAPooledThread() {
    for (int i = 0; i < 8; i++) {
      app.client.get("/api/probe/signed-in-" + i).as(FakeAuthenticator.ADMIN).send();
      String requestId =
          app.client.get("/probe/public-" + i).anonymous().send().header("X-Request-Id");

      assertThat(CONTEXT_IN_HANDLER.get("signed-in-" + i)).containsKey(LogContext.USER_ID);
      assertThat(CONTEXT_IN_HANDLER.get("public-" + i))
          .containsExactly(Map.entry(LogContext.REQUEST_ID, requestId));
    }
  }

  @Test
  void aRequestRefusedBeforeItsRouteRanIsObservedUnderTheRouteTemplate() {
    Reply refused = app.client.get("/api/probe/anonymous").anonymous().send();

    assertThat(refused.status()).isEqualTo(401);
    assertThat(CONTEXT_IN_HANDLER).doesNotContainKey("anonymous");
    assertThat(OBSERVED).contains("GET /api/probe/{name} 401");
  }

  @Test
  void theObserverSeesRouteTemplatesNeverRawPaths() {
    OBSERVED.clear();
    app.client.get("/api/probe/some-raw-value").as(FakeAuthenticator.ADMIN).send();
    app.client.get("/no/such/path/123").send();
    app.client.call("BREW", "/health").send();

    assertThat(OBSERVED)
        .contains("GET /api/probe/{name} 200", "GET NOT_FOUND 404")
        .noneMatch(line -> line.contains("some-raw-value") || line.contains("123"))
        .noneMatch(line -> line.startsWith("BREW"));
  }
}
