package io.insighta.bootstrap.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Module;
import io.insighta.application.profile.GetProfileUseCase;
import io.insighta.bootstrap.logging.JsonLineEncoder;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The JSON log of a real server, captured from the root logger: every line logged while a request
 * is served carries its request id and user, the access line included, and a failure's stack trace
 * is one field.
 */
class RequestLogContextTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "0190a7a4-0000-7000-8000-000000000000";

  @Test
  void linesLoggedWhileServingARequestCarryItsIdsAndAFailureIsOneField() throws Exception {
    Module failingLookup =
        binder ->
            binder
                .bind(GetProfileUseCase.class)
                .toInstance(
                    (id, reuseCached) -> {
                      LoggerFactory.getLogger("io.insighta.probe").info("looking up {}", id);
                      throw new IllegalStateException("lookup exploded");
                    });
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    OutputStreamAppender<ILoggingEvent> appender = capture(captured);
    HttpResult failed;
    try (ServerFixture server = ServerFixture.start(Map.of(), Clock.systemUTC(), failingLookup)) {
      String token = server.accessToken("test_code");
      failed = server.get("/api/profiles/" + ID, token);
    } finally {
      root().detachAppender(appender);
      appender.stop();
    }

    assertThat(failed.status()).isEqualTo(500);
    String requestId = failed.header("X-Request-Id");
    List<JsonNode> ofRequest = new ArrayList<>();
    for (String line : captured.toString(StandardCharsets.UTF_8).split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      JsonNode json = JSON.readTree(line);
      assertThat(json.isObject()).as(line).isTrue();
      assertThat(json.has("timestamp") && json.has("level") && json.has("logger")).isTrue();
      if (requestId.equals(json.path("request_id").asText())) {
        ofRequest.add(json);
      }
    }
    assertThat(ofRequest)
        .extracting(json -> json.get("logger").asText())
        .containsExactly(
            "io.insighta.probe",
            "io.insighta.adapters.http.server.error.ErrorMapping",
            "io.insighta.http.access");
    assertThat(ofRequest).allSatisfy(json -> assertThat(json.has("user_id")).isTrue());
    assertThat(ofRequest.get(0).get("message").asText()).isEqualTo("looking up " + ID);
    assertThat(ofRequest.get(1).get("exception").asText())
        .startsWith("java.lang.IllegalStateException: lookup exploded")
        .contains("\n\tat ");
    assertThat(ofRequest.get(2).get("message").asText())
        .startsWith("GET /api/profiles/" + ID + " 500 ");
  }

  private static OutputStreamAppender<ILoggingEvent> capture(ByteArrayOutputStream into) {
    LoggerContext context = root().getLoggerContext();
    JsonLineEncoder encoder = new JsonLineEncoder();
    encoder.setContext(context);
    encoder.start();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setName("captured-json");
    appender.setEncoder(encoder);
    appender.setOutputStream(into);
    appender.start();
    root().addAppender(appender);
    return appender;
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
