package io.insighta.adapters.http.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

  @Test
  void requestsNoRouteMatchedGetAFixedLabelByOutcome() {
    assertThat(RouteTemplate.unmatched(HandlerType.POST, 404)).isEqualTo(RouteTemplate.NOT_FOUND);
    assertThat(RouteTemplate.unmatched(HandlerType.GET, 302)).isEqualTo(RouteTemplate.REDIRECTION);
    assertThat(RouteTemplate.unmatched(HandlerType.GET, 200)).isEqualTo(RouteTemplate.STATIC);
    assertThat(RouteTemplate.unmatched(HandlerType.HEAD, 304)).isEqualTo(RouteTemplate.REDIRECTION);
    assertThat(RouteTemplate.unmatched(HandlerType.OPTIONS, 204))
        .isEqualTo(RouteTemplate.UNMATCHED);
    assertThat(RouteTemplate.unmatched(HandlerType.POST, 405)).isEqualTo(RouteTemplate.UNMATCHED);
  }

  @Test
  void onlyStandardMethodNamesReachTheMetrics() {
    assertThat(ObservedRequests.method("PATCH")).isEqualTo("PATCH");
    assertThat(ObservedRequests.method("BREW")).isEqualTo(ObservedRequests.OTHER_METHOD);
  }
}
