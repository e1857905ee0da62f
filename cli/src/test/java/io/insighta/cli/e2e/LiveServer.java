package io.insighta.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.client.demographics.FakeDemographicsServer;
import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.ScriptedBrowser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The real server for CLI end-to-end tests, with a fake GitHub that knows one admin and one analyst
 * account, and the few direct API calls the tests compare the CLI against.
 */
final class LiveServer implements AutoCloseable {
  static final String ADMIN = "octo-admin";
  static final String ANALYST = "ana-lyst";

  private final ServerFixture fixture;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private LiveServer(ServerFixture fixture) {
    this.fixture = fixture;
  }

  static LiveServer start(Clock clock) {
    ServerFixture fixture = ServerFixture.start(Map.of("INSIGHTA_ADMIN_LOGINS", ADMIN), clock);
    fixture
        .github()
        .registerUser(4_001, ADMIN, "admin@example.com")
        .registerUser(4_002, ANALYST, "analyst@example.com");
    return new LiveServer(fixture);
  }

  String apiUrl() {
    return fixture.url("").toString();
  }

  FakeGithubServer github() {
    return fixture.github();
  }

  FakeDemographicsServer demographics() {
    return fixture.demographics();
  }

  ServerFixture fixture() {
    return fixture;
  }

  /** A CLI with its own home under {@code dir}, pointed at this server, on any free port. */
  CliHarness cli(Path dir, Clock clock) {
    CliHarness cli = new CliHarness(dir, apiUrl(), clock);
    cli.env.put("INSIGHTA_CALLBACK_PORT", "0");
    return cli;
  }

  /** Runs {@code insighta login} with GitHub approving as {@code githubLogin}; it must succeed. */
  CliHarness.Result login(CliHarness cli, String githubLogin) {
    github().currentUser(githubLogin);
    cli.browser = new ScriptedBrowser();
    CliHarness.Result result = cli.run("login", "--timeout", "30");
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result;
  }

  /** The status {@code POST /auth/refresh} answers for this refresh token. */
  int refreshStatus(String refreshToken) {
    return fixture
        .send(
            HttpRequest.newBuilder(fixture.url("/auth/refresh"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"refresh_token\":\"" + refreshToken + "\"}")))
        .status();
  }

  /** A token of the server's test admin, for the direct API calls the CLI is compared with. */
  String testAdminToken() {
    return fixture.accessToken("test_code");
  }

  /** Imports a CSV body through the API directly, as the test admin. */
  HttpResult importCsv(String csv) {
    return fixture.send(
        fixture
            .api("/api/profiles/import", testAdminToken())
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  /** The id of the one profile a list query matches. */
  String idOf(String listPath) {
    HttpResult list = get(listPath, testAdminToken());
    assertThat(list.json().get("total").asLong()).as(list.body()).isEqualTo(1);
    return list.json().at("/data/0/id").asText();
  }

  HttpResult get(String pathAndQuery, String accessToken) {
    return fixture.get(pathAndQuery, accessToken);
  }

  /** The exact bytes of a successful GET, as a client that does not decode them sees them. */
  byte[] bytes(String pathAndQuery, String accessToken) {
    try {
      HttpResponse<byte[]> response =
          client.send(
              fixture.api(pathAndQuery, accessToken).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    fixture.close();
  }
}
