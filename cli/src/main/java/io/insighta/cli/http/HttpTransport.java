package io.insighta.cli.http;

import io.insighta.cli.CliException;
import io.insighta.cli.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** Sends requests to one API base URL with the headers every call carries. */
public final class HttpTransport {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client;
  private final String baseUrl;

  public HttpTransport(HttpClient client, String baseUrl) {
    this.client = client;
    this.baseUrl = baseUrl;
  }

  public static HttpTransport to(String baseUrl) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new HttpTransport(client, baseUrl);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Sends the request, with a bearer token when one is given; network trouble exits with 1. */
  public HttpResponse<InputStream> send(ApiRequest request, String accessToken) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
            .timeout(TIMEOUT)
            .header("Accept", "application/json, text/csv")
            .header("X-API-Version", "1")
            .header("User-Agent", "insighta-cli/1.0.0");
    if (accessToken != null) {
      builder.header("Authorization", "Bearer " + accessToken);
    }
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    builder.method(
        request.method(), request.body() == null ? BodyPublishers.noBody() : request.body().get());
    try {
      return client.send(builder.build(), BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCodes.API_ERROR, "Interrupted", e);
    }
  }

  private CliException unreachable(IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new CliException(
        ExitCodes.API_ERROR, "Cannot reach " + baseUrl + " (" + reason + ")", e);
  }
}
