package io.insighta.adapters.http.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A minimal browser: keeps the server's cookies (honouring {@code Max-Age=0}), sends them only to
 * the server, and never follows redirects on its own so tests can inspect every hop.
 */
final class Browser {
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;
  final Map<String, String> cookies = new LinkedHashMap<>();

  Browser(String base) {
    this.base = base;
  }

  Resp get(String pathOrUrl, String... headers) {
    return send("GET", pathOrUrl, null, headers);
  }

  Resp post(String path, String json, String... headers) {
    return send("POST", path, json, headers);
  }

  Resp patch(String path, String json, String... headers) {
    return send("PATCH", path, json, headers);
  }

  Resp delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  /** Follows the {@code Location} of a redirect. */
  Resp follow(Resp redirect) {
    String location = redirect.header("Location");
    if (location == null) {
      throw new AssertionError("not a redirect: " + redirect);
    }
    return get(location);
  }

  Resp send(String method, String pathOrUrl, String json, String... headers) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    if (url.startsWith(base) && !cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      Resp resp = new Resp(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
      if (url.startsWith(base)) {
        resp.setCookies().forEach(this::remember);
      }
      return resp;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int equals = pair.indexOf('=');
    String name = pair.substring(0, equals);
    if (setCookie.contains("Max-Age=0")) {
      cookies.remove(name);
    } else {
      cookies.put(name, pair.substring(equals + 1));
    }
  }
}
