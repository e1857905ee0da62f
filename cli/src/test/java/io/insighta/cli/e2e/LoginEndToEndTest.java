package io.insighta.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.cli.auth.Credentials;
import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.FakeApi;
import io.insighta.cli.support.ScriptedBrowser;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code insighta login}, {@code whoami} and {@code logout} against the real server. */
class LoginEndToEndTest {
  private static LiveServer server;
  @TempDir Path temp;
  private CliHarness cli;

  @BeforeAll
  static void start() {
    server = LiveServer.start(Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void setUp() {
    cli = server.cli(temp, Clock.systemUTC());
    server.github().currentUser(LiveServer.ADMIN);
  }

  @Test
  void browserLoginThroughGithubStoresPrivateCredentials() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    cli.browser = browser;
    int exchangesBefore = server.github().tokenRequests();

    CliHarness.Result result = cli.run("login", "--timeout", "30");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Logged in as @" + LiveServer.ADMIN);
    Map<String, String> authorize = query(browser.opened());
    assertThat(authorize)
        .containsEntry("client", "cli")
        .containsEntry("code_challenge_method", "S256");
    assertThat(authorize.get("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d+/callback");
    // The backend exchanged the code with GitHub using the CLI's own verifier and loopback URI.
    assertThat(server.github().tokenRequests()).isEqualTo(exchangesBefore + 1);
    Map<String, String> exchange = server.github().lastTokenRequest();
    assertThat(FakeGithubServer.challengeFor(exchange.get("code_verifier")))
        .isEqualTo(authorize.get("code_challenge"));
    assertThat(exchange).containsEntry("redirect_uri", authorize.get("redirect_uri"));
    HttpResponse<String> page = browser.page();
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("You can close this tab");

    Credentials saved = cli.credentials().orElseThrow();
    assertThat(saved.username()).isEqualTo(LiveServer.ADMIN);
    assertThat(saved.role()).isEqualTo("admin");
    assertThat(saved.apiUrl()).isEqualTo(server.apiUrl());
    assertThat(server.refreshStatus(saved.refreshToken()))
        .as("the stored refresh token is live")
        .isEqualTo(200);
  }

  @Test
  void credentialsFileIsOwnerOnlyInAnOwnerOnlyDirectory() throws Exception {
    server.login(cli, LiveServer.ADMIN);

    Path file = cli.store().file();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    try (var files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file is left behind")
          .allMatch(name -> name.equals("credentials.json") || name.equals("credentials.lock"));
    }
  }

  @Test
  void whoamiShowsTheGithubAccountAsTheServerStoredIt() {
    server.login(cli, LiveServer.ANALYST);

    CliHarness.Result result = cli.run("whoami");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .startsWith(
            "username       @" + LiveServer.ANALYST,
            "role           analyst",
            "email          analyst@example.com")
        .contains("github_id      4002", "active         yes");
    assertThat(cli.credentials().orElseThrow().role()).isEqualTo("analyst");
  }

  @Test
  void tamperedCallbackIsTurnedAwayAndTheGenuineOneStillCompletesTheLogin() throws Exception {
    TamperingBrowser browser = new TamperingBrowser();
    cli.browser = browser;
    int authorizeBefore = server.github().calls(FakeGithubServer.AUTHORIZE_PATH);
    int exchangesBefore = server.github().tokenRequests();

    CompletableFuture<CliHarness.Result> login =
        CompletableFuture.supplyAsync(() -> cli.run("login", "--timeout", "30"));

    assertThat(browser.page().statusCode()).isEqualTo(400);
    assertThat(browser.page().body()).contains("not the callback");
    assertThat(server.github().calls(FakeGithubServer.AUTHORIZE_PATH))
        .as("the browser really went through GitHub")
        .isEqualTo(authorizeBefore + 1);
    assertThat(server.github().tokenRequests())
        .as("no forged code reached the backend's exchange")
        .isEqualTo(exchangesBefore);
    assertThat(login).as("the forged callback does not end the login").isNotDone();
    HttpResponse<String> genuine =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(browser.genuineCallback()).build(),
                HttpResponse.BodyHandlers.ofString());
    CliHarness.Result result = login.get(30, TimeUnit.SECONDS);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(genuine.statusCode()).isEqualTo(200);
    assertThat(genuine.body()).contains("You can close this tab");
    assertThat(server.github().tokenRequests()).isEqualTo(exchangesBefore + 1);
    assertThat(cli.credentials()).map(Credentials::username).contains(LiveServer.ADMIN);
  }

  @Test
  void storedLoginIsNeverSentToAnotherServer() {
    server.login(cli, LiveServer.ADMIN);
    try (FakeApi other = new FakeApi()) {
      CliHarness.Result result = cli.run("whoami", "--api-url", other.url());

      assertThat(result.exitCode()).isEqualTo(3);
      assertThat(result.err())
          .contains("issued for " + server.apiUrl() + ", not " + other.url())
          .contains("insighta login --api-url " + other.url());
      assertThat(other.received()).isEmpty();
    }
    assertThat(cli.run("whoami").exitCode()).as("the login itself still works").isZero();
  }

  @Test
  void deniedAuthorizationAtGithubEndsTheLoginWithItsReason() throws Exception {
    server.github().currentUser(null);
    ScriptedBrowser browser = new ScriptedBrowser();
    cli.browser = browser;
    int exchangesBefore = server.github().tokenRequests();

    CliHarness.Result result = cli.run("login", "--timeout", "30");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains("GitHub sign-in did not complete: The user has denied your application access.");
    assertThat(server.github().tokenRequests()).isEqualTo(exchangesBefore);
    assertThat(cli.credentials()).isEmpty();
    assertThat(browser.page().body()).contains("denied");
  }

  @Test
  void busyCallbackPortFailsClearlyBeforeOpeningTheBrowser() throws Exception {
    ScriptedBrowser browser = new ScriptedBrowser();
    cli.browser = browser;
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      cli.env.put("INSIGHTA_CALLBACK_PORT", String.valueOf(taken.getLocalPort()));

      CliHarness.Result result = cli.run("login", "--timeout", "30");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .isEqualTo(
              "Error: Port "
                  + taken.getLocalPort()
                  + " on 127.0.0.1 is already in use, so the login callback cannot be received."
                  + " Stop the program using it, or set INSIGHTA_CALLBACK_PORT to a free port."
                  + System.lineSeparator());
      assertThat(browser.opened()).isNull();
      assertThat(cli.credentials()).isEmpty();
    }
  }

  @Test
  void logoutRevokesTheRefreshTokenOnTheServerAndDeletesTheFile() {
    server.login(cli, LiveServer.ADMIN);
    Credentials before = cli.credentials().orElseThrow();

    CliHarness.Result result = cli.run("logout");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo("Logged out @" + LiveServer.ADMIN + "." + System.lineSeparator());
    assertThat(Files.exists(cli.store().file())).isFalse();
    assertThat(server.refreshStatus(before.refreshToken())).isEqualTo(401);
  }

  @Test
  void commandsWithoutALoginSayHowToLogIn() {
    CliHarness.Result result = cli.run("whoami");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("Not logged in — run: insighta login");
    assertThat(cli.run("logout").out()).contains("Not logged in.");
  }

  private static Map<String, String> query(URI url) {
    Map<String, String> params = new HashMap<>();
    for (String pair : url.getRawQuery().split("&", -1)) {
      String[] parts = pair.split("=", 2);
      params.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return params;
  }
}
