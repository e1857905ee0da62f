package io.insighta.adapters.http.server.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request being put together; {@link #send()} performs it. */
public final class Call {

  private final HttpClient http;
  private final String base;
  private final String method;
  private final String path;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

  Call(HttpClient http, String base, String method, String path) {
    this.http = http;
    this.base = base;
    this.method = method;
    this.path = path;
    headers.put("Authorization", "Bearer " + FakeAuthenticator.ADMIN);
    headers.put("X-API-Version", "1");
  }

  public Call as(String token) {
    headers.put("Authorization", "Bearer " + token);
    return this;
  }

  public Call anonymous() {
    headers.remove("Authorization");
    return this;
  }

  public Call withoutVersion() {
    headers.remove("X-API-Version");
    return this;
  }

  public Call header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public Call json(String json) {
    return body("application/json", json);
  }

  public Call body(String contentType, String text) {
    return body(contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  public Call body(String contentType, byte[] bytes) {
    if (contentType != null) {
      headers.put("Content-Type", contentType);
    }
    body = HttpRequest.BodyPublishers.ofByteArray(bytes);
    return this;
  }

  /** A body sent chunked, without a declared length. */
  public Call chunked(String contentType, byte[] bytes) {
    headers.put("Content-Type", contentType);
    body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
    return this;
  }

  public Reply send() {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body);
    headers.forEach(request::header);
    try {
      return new Reply(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
