package io.insighta.adapters.http.server.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A received response with JSON helpers. */
public final class Reply {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpResponse<String> response;

  Reply(HttpResponse<String> response) {
    this.response = response;
  }

  public int status() {
    return response.statusCode();
  }

  public String body() {
    return response.body();
  }

  /** The header's value, or null when absent. */
  public String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  public JsonNode json() {
    try {
      return MAPPER.readTree(response.body());
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  public String message() {
    return json().path("message").asText(null);
  }

  /** The rows of a list envelope's {@code data} array. */
  public List<JsonNode> rows() {
    List<JsonNode> rows = new ArrayList<>();
    json().get("data").forEach(rows::add);
    return rows;
  }

  /** The top-level field names in the order the server wrote them. */
  public List<String> fieldNames() {
    return names(json());
  }

  public static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  @Override
  public String toString() {
    return response.statusCode() + " " + response.body();
  }
}
