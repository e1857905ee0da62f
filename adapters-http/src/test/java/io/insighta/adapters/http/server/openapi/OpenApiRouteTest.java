package io.insighta.adapters.http.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenApiRouteTest {
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
  void theDocumentIsPublicJsonForAnyOrigin() {
    Reply reply = app.client.get(OpenApiRoutes.PATH).anonymous().withoutVersion().send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(reply.body()).isEqualTo(new String(OpenApiRoutes.load(), StandardCharsets.UTF_8));
    assertThat(reply.json().path("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void headAnswersLikeGetWithoutTheBody() {
    Reply reply = app.client.call("HEAD", OpenApiRoutes.PATH).anonymous().withoutVersion().send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.body()).isEmpty();
  }
}
