package io.insighta.cli.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request the fake API received, kept for assertions. */
public record Received(
    String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {

  static Received from(HttpExchange exchange) throws IOException {
    return new Received(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(),
        exchange.getRequestURI().getRawQuery(),
        Map.copyOf(exchange.getRequestHeaders()),
        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
  }

  /** The first value of a header, matched case-insensitively; null when absent. */
  public String header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  public String bearer() {
    String authorization = header("Authorization");
    return authorization != null && authorization.startsWith("Bearer ")
        ? authorization.substring(7)
        : "";
  }

  public Map<String, String> query() {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&", -1)) {
        String[] kv = pair.split("=", 2);
        params.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    return params;
  }

  public String text() {
    return body;
  }

  public JsonNode json() {
    try {
      return new ObjectMapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
