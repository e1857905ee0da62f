package io.insighta.cli.support;

import java.util.Map;

/** A canned HTTP answer of the fake API. */
public record Reply(int status, String body, Map<String, String> headers) {
  public static Reply json(int status, String body) {
    return new Reply(status, body, Map.of("Content-Type", "application/json"));
  }

  public static Reply ok(String body) {
    return json(200, body);
  }

  public static Reply error(int status, String message) {
    return json(status, "{\"status\":\"error\",\"message\":\"" + message + "\"}");
  }

  public static Reply noContent() {
    return new Reply(204, "", Map.of());
  }

  public static Reply redirect(String location) {
    return new Reply(302, "", Map.of("Location", location));
  }

  public static Reply csv(String body) {
    return new Reply(200, body, Map.of("Content-Type", "text/csv"));
  }
}
