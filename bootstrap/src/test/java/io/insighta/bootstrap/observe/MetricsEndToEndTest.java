package io.insighta.bootstrap.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /metrics} on the management listener of a real server, after real requests. */
class MetricsEndToEndTest {
  private static final String UNKNOWN_ID = "/api/profiles/0190a7a4-0000-7000-8000-000000000000";

  @Test
  void theManagementListenerServesEveryKindOfMeterAndThePublicPortDoesNot() {
    try (ServerFixture server =
        ServerFixture.start(
            Map.of("MANAGEMENT_PORT", "0", "RATE_LIMIT_API", "3/1m"), Clock.systemUTC())) {
      String token = server.accessToken("test_code");
      assertThat(server.get("/api/profiles", token).status()).isEqualTo(200);
      assertThat(server.get("/api/profiles", token).status()).isEqualTo(200);
      assertThat(server.get(UNKNOWN_ID, token).status()).isEqualTo(404);
      assertThat(server.get(UNKNOWN_ID, token).status()).isEqualTo(429);

      HttpResult scrape = server.send(HttpRequest.newBuilder(metricsUrl(server)).GET());
      HttpResult publicMetrics = server.send(HttpRequest.newBuilder(server.url("/metrics")).GET());

      assertThat(scrape.status()).isEqualTo(200);
      assertThat(scrape.header("Content-Type")).startsWith("text/plain; version=0.0.4");
      assertThat(scrape.body())
          .contains(
              "http_server_requests_seconds_count{method=\"GET\",route=\"/api/profiles\","
                  + "status=\"200\"} 2",
              "http_server_requests_seconds_count{method=\"GET\",route=\"/api/profiles/{id}\","
                  + "status=\"404\"} 1",
              "http_server_requests_seconds_count{method=\"GET\",route=\"/api/profiles/{id}\","
                  + "status=\"429\"} 1",
              "http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/profiles\","
                  + "status=\"200\",le=\"0.5\"}",
              "insighta_query_cache_gets_total{kind=\"page\",result=\"hit\"} 1.0",
              "insighta_query_cache_gets_total{kind=\"page\",result=\"miss\"} 1.0",
              "insighta_rate_limit_rejections_total{scope=\"api\"} 1.0",
              "insighta_sign_ins_total 1.0",
              "insighta_import_rows_total{result=\"inserted\"}",
              "hikaricp_connections_active{pool=\"insighta-db\"}",
              "jvm_memory_used_bytes{",
              "jvm_gc_",
              "jvm_threads_live_threads",
              "process_uptime_seconds",
              "jetty_threads_busy")
          .doesNotContain(UNKNOWN_ID);
      assertThat(publicMetrics.status()).isEqualTo(404);
      assertThat(publicMetrics.json().path("message").asText()).isEqualTo("Not found");
    }
  }

  @Test
  void withoutAManagementPortNothingServesMetrics() {
    try (ServerFixture server = ServerFixture.start(Map.of(), Clock.systemUTC())) {
      assertThat(server.server().managementPort()).isEmpty();
      assertThat(server.send(HttpRequest.newBuilder(server.url("/metrics")).GET()).status())
          .isEqualTo(404);
    }
  }

  private static URI metricsUrl(ServerFixture server) {
    int port = server.server().managementPort().orElseThrow();
    assertThat(port).isNotEqualTo(server.server().port());
    return URI.create("http://127.0.0.1:" + port + "/metrics");
  }
}
