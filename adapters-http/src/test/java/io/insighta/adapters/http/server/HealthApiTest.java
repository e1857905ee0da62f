package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import io.insighta.application.health.HealthStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthApiTest {

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void liveWithoutCredentialsOrVersion() {
    Reply reply = app.client.get("/health").anonymous().withoutVersion().send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  void readyWhenEveryComponentIsUp() {
    Reply reply = app.client.get("/health/ready").anonymous().send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body())
        .isEqualTo("{\"status\":\"ok\",\"components\":{\"cache\":\"up\",\"database\":\"up\"}}");
  }

  @Test
  void cacheTroubleIsReportedButNotFatal() {
    app.cache.set(HealthStatus.DOWN);

    Reply reply = app.client.get("/health/ready").send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().at("/components/cache").asText()).isEqualTo("down");
  }

  @Test
  void notReadyWhenTheDatabaseIsDown() {
    app.database.set(HealthStatus.DOWN);

    Reply reply = app.client.get("/health/ready").send();

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.fieldNames()).containsExactly("status", "message", "components");
    assertThat(reply.json().get("status").asText()).isEqualTo("error");
    assertThat(reply.message()).isEqualTo("Not ready");
    assertThat(reply.json().at("/components/database").asText()).isEqualTo("down");
  }
}
