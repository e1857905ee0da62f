package io.insighta.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns HTTP answers into body text or a {@link CliException} carrying the server's message. */
public final class ApiErrors {
  private ApiErrors() {}

  /** The body of a successful answer; any other status becomes a {@link CliException}. */
  public static String bodyOrThrow(HttpResponse<InputStream> response) {
    String body = readBody(response);
    if (response.statusCode() >= 300) {
      throw failure(response, body);
    }
    return body;
  }

  public static CliException failure(HttpResponse<?> response, String body) {
    int status = response.statusCode();
    String message = message(body).orElse("HTTP " + status);
    if (status == 429) {
      message +=
          response
              .headers()
              .firstValue("Retry-After")
              .map(s -> " (retry in " + s + " s)")
              .orElse("");
    }
    int code = status == 401 || status == 403 ? ExitCodes.AUTH : ExitCodes.API_ERROR;
    return new CliException(code, message);
  }

  public static String readBody(HttpResponse<InputStream> response) {
    try (InputStream in = response.body()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(ExitCodes.API_ERROR, "Connection lost while reading the answer", e);
    }
  }

  private static Optional<String> message(String body) {
    try {
      JsonNode node = Json.mapper().readTree(body);
      JsonNode message = node == null ? null : node.get("message");
      return Optional.ofNullable(message).filter(JsonNode::isTextual).map(JsonNode::asText);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
