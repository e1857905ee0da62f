package io.insighta.bootstrap.blackbox;

import io.insighta.bootstrap.support.ContractCheck;
import io.insighta.bootstrap.support.HttpResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client that never follows redirects, so every answer is seen as sent. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Http() {}

  /** A GET; a refused connection answers status 0. */
  static HttpResult get(URI url, String... headers) {
    return send("GET", url, null, null, headers);
  }

  static HttpResult post(URI url, String contentType, String body, String... headers) {
    return send("POST", url, contentType, body, headers);
  }

  static HttpResult send(
      String method, URI url, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpRequest built = request.build();
      HttpResponse<String> response = CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      return ContractCheck.checked(
          built, new HttpResult(response.statusCode(), response.headers(), response.body()));
    } catch (IOException e) {
      return new HttpResult(
          0, java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true), "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
