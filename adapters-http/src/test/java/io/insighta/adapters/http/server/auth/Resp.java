package io.insighta.adapters.http.server.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;

/** A received answer: status, headers, body, and the cookies it set. */
record Resp(HttpResponse<String> raw) {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  int status() {
    return raw.statusCode();
  }

  String body() {
    return raw.body();
  }

  String header(String name) {
    return raw.headers().firstValue(name).orElse(null);
  }

  JsonNode json() {
    try {
      return MAPPER.readTree(raw.body());
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + raw.body(), e);
    }
  }

  String message() {
    return json().path("message").asText(null);
  }

  List<String> setCookies() {
    return raw.headers().allValues("Set-Cookie");
  }

  /** The full {@code Set-Cookie} line for this cookie name, or null. */
  String setCookie(String name) {
    return setCookies().stream()
        .filter(line -> line.startsWith(name + "="))
        .findFirst()
        .orElse(null);
  }

  @Override
  public String toString() {
    return raw.statusCode() + " " + raw.body();
  }
}
