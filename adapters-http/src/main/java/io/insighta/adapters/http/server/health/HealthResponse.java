package io.insighta.adapters.http.server.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/** A health answer: {@code ok} or {@code error}, and each component's state when checked. */
@JsonPropertyOrder({"status", "message", "components"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthResponse(String status, String message, Map<String, String> components) {

  static HealthResponse ok(Map<String, String> components) {
    return new HealthResponse("ok", null, components);
  }

  static HealthResponse notReady(Map<String, String> components) {
    return new HealthResponse("error", "Not ready", components);
  }
}
