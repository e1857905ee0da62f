package io.insighta.bootstrap.scaleout;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.bootstrap.InsightaServer;
import io.insighta.bootstrap.support.HttpResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/** One server of a {@link Cluster}, seen from outside through its own HTTP port. */
final class Instance implements AutoCloseable {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
  private final String name;
  private final InsightaServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  Instance(String name, InsightaServer server) {
    this.name = name;
    this.server = server;
  }

  String name() {
    return name;
  }

  URI url(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResult send(HttpRequest.Builder request) {
    return HttpResult.send(client, request.timeout(REQUEST_TIMEOUT).build());
  }

  HttpResult get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(url(pathAndQuery)).GET());
  }

  /** GET with the bearer token and the API version header. */
  HttpResult get(String pathAndQuery, String accessToken) {
    return send(api(pathAndQuery, accessToken).GET());
  }

  /** GET with {@code Cache-Control: no-cache}: the page or profile is read from PostgreSQL. */
  HttpResult getFresh(String pathAndQuery, String accessToken) {
    return send(api(pathAndQuery, accessToken).header("Cache-Control", "no-cache").GET());
  }

  HttpResult createProfile(String accessToken, String profileName) {
    return send(
        api("/api/profiles", accessToken)
            .header("Content-Type", "application/json")
            .POST(json("{\"name\":\"" + profileName + "\"}")));
  }

  HttpResult delete(String path, String accessToken) {
    return send(api(path, accessToken).DELETE());
  }

  HttpResult patchJson(String path, String accessToken, String body) {
    return send(
        api(path, accessToken)
            .header("Content-Type", "application/json")
            .method("PATCH", json(body)));
  }

  /** Signs in through the test login ({@code test_code} = admin) and returns the token body. */
  JsonNode testLogin(String code) {
    HttpResult result = postJson("/auth/cli/callback", "{\"code\":\"" + code + "\"}");
    if (result.status() != 200) {
      throw new AssertionError("test login failed: " + result.status() + " " + result.body());
    }
    return result.json();
  }

  String accessToken(String code) {
    return testLogin(code).get("access_token").asText();
  }

  HttpResult refresh(String refreshToken) {
    return postJson("/auth/refresh", "{\"refresh_token\":\"" + refreshToken + "\"}");
  }

  HttpResult logout(String refreshToken) {
    return postJson("/auth/logout", "{\"refresh_token\":\"" + refreshToken + "\"}");
  }

  private HttpResult postJson(String path, String body) {
    return send(
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", "application/json")
            .POST(json(body)));
  }

  private HttpRequest.Builder api(String pathAndQuery, String accessToken) {
    return HttpRequest.newBuilder(url(pathAndQuery))
        .header("Authorization", "Bearer " + accessToken)
        .header("X-API-Version", "1");
  }

  private static HttpRequest.BodyPublisher json(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }

  @Override
  public void close() {
    server.close();
  }
}
