package io.insighta.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLineEncoderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final LoggerContext context = new LoggerContext();
  private final JsonLineEncoder encoder = new JsonLineEncoder();

  @Test
  void aLineIsOneObjectWithTheDocumentedFieldsAndTheExceptionAsOneField() throws Exception {
    LoggingEvent event =
        event(
            "Unexpected failure in {} [request {}]",
            new IllegalStateException("boom", new IllegalArgumentException("root \"cause\"")),
            "GET /x",
            "r-1");
    event.setMDCPropertyMap(Map.of("request_id", "r-1", "user_id", "u-1", "other", "kept out"));

    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

    assertThat(line).endsWith("\n");
    assertThat(line.strip()).doesNotContain("\n");
    JsonNode json = JSON.readTree(line);
    assertThat(json.properties())
        .extracting(Map.Entry::getKey)
        .containsExactly(
            "timestamp", "level", "logger", "message", "request_id", "user_id", "exception");
    assertThat(json.get("timestamp").asText()).isEqualTo("2026-04-01T12:00:00.007Z");
    assertThat(json.get("level").asText()).isEqualTo("ERROR");
    assertThat(json.get("logger").asText()).isEqualTo("io.insighta.Probe");
    assertThat(json.get("message").asText())
        .isEqualTo("Unexpected failure in GET /x [request r-1]");
    assertThat(json.get("request_id").asText()).isEqualTo("r-1");
    assertThat(json.get("user_id").asText()).isEqualTo("u-1");
    assertThat(json.get("exception").asText())
        .startsWith("java.lang.IllegalStateException: boom")
        .contains("\tat io.insighta.bootstrap.logging.JsonLineEncoderTest")
        .contains("Caused by: java.lang.IllegalArgumentException: root \"cause\"");
  }

  @Test
  void fieldsTheContextLacksAreLeftOut() throws Exception {
    LoggingEvent event = event("Insighta Labs+ listening on port {}", null, 8080);
    event.setMDCPropertyMap(Map.of());

    JsonNode json = JSON.readTree(encoder.encode(event));

    assertThat(json.properties())
        .extracting(Map.Entry::getKey)
        .containsExactly("timestamp", "level", "logger", "message");
  }

  private LoggingEvent event(String message, Throwable error, Object... arguments) {
    LoggingEvent event =
        new LoggingEvent(
            "fqcn",
            context.getLogger("io.insighta.Probe"),
            error == null ? Level.INFO : Level.ERROR,
            message,
            error,
            arguments);
    event.setInstant(Instant.parse("2026-04-01T12:00:00.007123Z"));
    return event;
  }
}
