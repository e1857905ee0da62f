package io.insighta.bootstrap.support;

import com.google.inject.Module;
import io.insighta.adapters.http.client.demographics.FakeDemographicsServer;
import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.bootstrap.InsightaServer;
import io.insighta.bootstrap.config.Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A real server process in the test JVM: real injector, real HTTP, its own database on the shared
 * embedded PostgreSQL, and local fake GitHub and demographic services.
 */
public final class ServerFixture implements AutoCloseable {
  public static final String SECRET = "e2e-test-secret-that-is-long-enough-0123456789";
  private final FakeDemographicsServer demographics;
  private final FakeGithubServer github;
  private final InsightaServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServerFixture(
      FakeDemographicsServer demographics, FakeGithubServer github, InsightaServer server) {
    this.demographics = demographics;
    this.github = github;
    this.server = server;
  }

  public static ServerFixture start() {
    return start(Map.of(), Clock.systemUTC());
  }

  /**
   * Starts with test login on, no seed, and {@code extra} environment variables on top; {@code
   * overrides} replace bindings of the real injector (e.g. to observe a port).
   */
  public static ServerFixture start(Map<String, String> extra, Clock clock, Module... overrides) {
    FakeDemographicsServer demographics = FakeDemographicsServer.start();
    FakeGithubServer github = FakeGithubServer.start();
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("DATABASE_URL", SharedPostgres.freshDatabaseUrl());
    env.put("JWT_ACCESS_SECRET", SECRET);
    env.put("INSIGHTA_TEST_LOGIN", "true");
    env.put("INSIGHTA_SEED", "none");
    env.put("GENDERIZE_URL", demographics.genderizeUrl().toString());
    env.put("AGIFY_URL", demographics.agifyUrl().toString());
    env.put("NATIONALIZE_URL", demographics.nationalizeUrl().toString());
    env.put("GITHUB_CLIENT_ID", github.clientId());
    env.put("GITHUB_CLIENT_SECRET", github.clientSecret());
    env.put("GITHUB_OAUTH_URL", github.baseUrl().toString());
    env.put("GITHUB_API_URL", github.baseUrl().toString());
    env.put("RATE_LIMIT_API", "100000/1m");
    env.put("RATE_LIMIT_AUTH", "100000/1m");
    env.putAll(extra);
    try {
      InsightaServer server = InsightaServer.start(Settings.fromEnvironment(env), clock, overrides);
      return new ServerFixture(demographics, github, server);
    } catch (RuntimeException e) {
      github.close();
      demographics.close();
      throw e;
    }
  }

  public URI url(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  public FakeDemographicsServer demographics() {
    return demographics;
  }

  public FakeGithubServer github() {
    return github;
  }

  public InsightaServer server() {
    return server;
  }

  public HttpResult send(HttpRequest.Builder request) {
    return HttpResult.send(client, request.build());
  }

  /** GET with the bearer token and the API version header. */
  public HttpResult get(String pathAndQuery, String accessToken) {
    return send(api(pathAndQuery, accessToken).GET());
  }

  public HttpRequest.Builder api(String pathAndQuery, String accessToken) {
    return HttpRequest.newBuilder(url(pathAndQuery))
        .header("Authorization", "Bearer " + accessToken)
        .header("X-API-Version", "1");
  }

  /** POST of a JSON body, without credentials. */
  public HttpResult postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Signs in through the test login ({@code test_code} = admin, else analyst). */
  public String accessToken(String code) {
    HttpResult result = postJson("/auth/cli/callback", "{\"code\":\"" + code + "\"}");
    if (result.status() != 200) {
      throw new AssertionError("test login failed: " + result.status() + " " + result.body());
    }
    return result.json().get("access_token").asText();
  }

  @Override
  public void close() {
    server.close();
    github.close();
    demographics.close();
  }
}
