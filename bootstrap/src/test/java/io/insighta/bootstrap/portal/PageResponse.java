package io.insighta.bootstrap.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What a {@code fetch} run inside the page got back: the HTTP status (0 when the browser itself
 * refused to send or read it) and the body text.
 */
record PageResponse(int status, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The {@code message} of a JSON error body. */
  String message() {
    try {
      JsonNode node = JSON.readTree(body);
      return node.path("message").asText(null);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}
