package io.insighta.adapters.http.server.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Turns a body of a given media type into the JSON text its schema is checked against. */
final class Bodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Bodies() {}

  /** The bare media type of a {@code Content-Type} value, lower case; null when there is none. */
  static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  /**
   * JSON bodies as they are (empty when not valid JSON), form bodies as an object of their fields,
   * anything else as one JSON string.
   */
  static Optional<String> asJson(String mediaType, String body) {
    if (isJson(mediaType)) {
      try {
        JSON.readTree(body);
        return Optional.of(body);
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    if (mediaType.equals("application/x-www-form-urlencoded")) {
      return Optional.of(form(body));
    }
    return Optional.of(quoted(body));
  }

  static String quoted(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String form(String body) {
    ObjectNode fields = JSON.createObjectNode();
    for (String pair : body.strip().split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      fields.put(decode(name), decode(value));
    }
    return fields.toString();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
