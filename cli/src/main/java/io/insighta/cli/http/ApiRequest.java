package io.insighta.cli.http;

import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.function.Supplier;

/**
 * One API call, described so it can be sent again after a token refresh.
 *
 * @param body makes a fresh body each time the request is sent; null for no body
 */
public record ApiRequest(
    String method, String pathAndQuery, Supplier<BodyPublisher> body, String contentType) {

  public static ApiRequest get(String pathAndQuery) {
    return new ApiRequest("GET", pathAndQuery, null, null);
  }

  public static ApiRequest delete(String path) {
    return new ApiRequest("DELETE", path, null, null);
  }

  public static ApiRequest postJson(String path, Object value) {
    String json = Json.write(value);
    return new ApiRequest("POST", path, () -> BodyPublishers.ofString(json), "application/json");
  }

  public static ApiRequest post(String path, Supplier<BodyPublisher> body, String contentType) {
    return new ApiRequest("POST", path, body, contentType);
  }
}
