package io.insighta.cli.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.FakeApi;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Received;
import io.insighta.cli.support.Reply;
import io.insighta.cli.support.ScriptedBrowser;
import io.insighta.cli.support.WaitingBrowser;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginCommandTest {
  @TempDir Path temp;
  private FakeApi api;
  private CliHarness cli;
  private final ScriptedBrowser browser = new ScriptedBrowser();

  private static Map<String, String> query(URI url) {
    Map<String, String> params = new HashMap<>();
    for (String pair : url.getRawQuery().split("&", -1)) {
      String[] parts = pair.split("=", 2);
      params.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
    }
    return params;
  }

  @BeforeEach
  void setUp() {
    api = new FakeApi();
    cli = new CliHarness(temp, api.url());
    cli.env.put("INSIGHTA_CALLBACK_PORT", "0");
    cli.browser = browser;
    api.on("POST", "/auth/cli/callback", request -> Reply.ok(Fixtures.tokens("at-1", "rt-1")));
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  /** The fake backend plays GitHub too: it redirects straight back with a code. */
  private void authorizeRedirectsWith(String stateOverride) {
    api.on(
        "GET",
        "/auth/github",
        request -> {
          Map<String, String> q = request.query();
          String state = stateOverride == null ? q.get("state") : stateOverride;
          String back =
              q.get("redirect_uri") + "?code=abc" + (state.isEmpty() ? "" : "&state=" + state);
          return Reply.redirect(back);
        });
  }

  @Test
  void loginWithInsightaTokenSetSaysTheTokenTakesPrecedence() {
    authorizeRedirectsWith(null);
    cli.env.put("INSIGHTA_TOKEN", Fixtures.PAT);

    CliHarness.Result result = cli.run("login");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .contains("INSIGHTA_TOKEN is set and takes precedence over the stored login")
        .contains("until you unset INSIGHTA_TOKEN");
    assertThat(cli.credentials()).isPresent();
  }

  @Test
  void loginWithBrowserStoresTokensAndProvesTheVerifier() throws Exception {
    authorizeRedirectsWith(null);

    CliHarness.Result result = cli.run("login");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Logged in as @octocat");
    Map<String, String> authorize = api.received("GET", "/auth/github").get(0).query();
    assertThat(authorize)
        .containsEntry("client", "cli")
        .containsEntry("code_challenge_method", "S256");
    assertThat(authorize.get("redirect_uri")).matches("http://127\\.0\\.0\\.1:\\d+/callback");
    Received exchange = api.received("POST", "/auth/cli/callback").get(0);
    String verifier = exchange.json().get("code_verifier").asText();
    assertThat(verifier).hasSize(64).matches("[A-Za-z0-9._~-]+");
    assertThat(LoginSecrets.challenge(verifier)).isEqualTo(authorize.get("code_challenge"));
    assertThat(exchange.json().get("code").asText()).isEqualTo("abc");
    assertThat(exchange.json().get("redirect_uri").asText())
        .isEqualTo(authorize.get("redirect_uri"));
    assertThat(exchange.header("Content-Type")).isEqualTo("application/json");
    assertThat(cli.credentials())
        .contains(
            new Credentials("at-1", "rt-1", "2026-04-01T12:03:00Z", "octocat", "admin", api.url()));
    HttpResponse<String> page = browser.page();
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("You can close this tab");
  }

  @Test
  void mismatchedStateIsTurnedAwayAndTheLoginWaitsOnWithoutPostingTheCode() {
    authorizeRedirectsWith("forged-state");
    WaitingBrowser waiting = new WaitingBrowser();
    cli.browser = waiting;

    CliHarness.Result result = cli.run("login", "--timeout", "0");

    assertThat(waiting.page().statusCode()).isEqualTo(400);
    assertThat(waiting.page().body()).contains("not the callback");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .contains("Timed out after 0 s waiting for the browser login")
        .contains("Ignored 1 request to the callback port that did not carry this login's state");
    assertThat(api.received("POST", "/auth/cli/callback")).isEmpty();
    assertThat(cli.credentials()).isEmpty();
  }

  @Test
  void missingStateIsTurnedAwayWithoutPostingTheCode() {
    authorizeRedirectsWith("");
    WaitingBrowser waiting = new WaitingBrowser();
    cli.browser = waiting;

    CliHarness.Result result = cli.run("login", "--timeout", "0");

    assertThat(waiting.page().statusCode()).isEqualTo(400);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(api.received("POST", "/auth/cli/callback")).isEmpty();
  }

  @Test
  void strayLocalRequestsDoNotAbortTheLoginAndTheRealCallbackStillCompletesIt() throws Exception {
    authorizeRedirectsWith(null);
    WaitingBrowser stray = new WaitingBrowser();
    List<HttpResponse<String>> turnedAway = new ArrayList<>();
    cli.browser =
        url -> {
          String callback = query(url).get("redirect_uri");
          turnedAway.add(stray.get(URI.create(callback + "?code=evil&state=forged")));
          turnedAway.add(stray.get(URI.create(callback + "?code=evil")));
          turnedAway.add(stray.get(URI.create(callback.replace("/callback", "/favicon.ico"))));
          return browser.open(url);
        };

    CliHarness.Result result = cli.run("login", "--timeout", "30");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(turnedAway).extracting(HttpResponse::statusCode).containsExactly(400, 400, 400);
    assertThat(turnedAway.get(0).headers().firstValue("Content-Type"))
        .contains("text/plain; charset=utf-8");
    assertThat(api.received("POST", "/auth/cli/callback"))
        .singleElement()
        .satisfies(exchange -> assertThat(exchange.json().get("code").asText()).isEqualTo("abc"));
    assertThat(cli.credentials()).map(Credentials::accessToken).contains("at-1");
    assertThat(browser.page().statusCode()).isEqualTo(200);
  }

  @Test
  void plainHttpToARemoteServerIsRefusedBeforeTheBrowserOpens() {
    AtomicBoolean opened = new AtomicBoolean();
    cli.browser = url -> opened.getAndSet(true);

    CliHarness.Result result =
        cli.run("login", "--api-url", "http://insighta.example.com", "--timeout", "0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("http://insighta.example.com")
        .contains("https://")
        .doesNotContain("Exception");
    assertThat(opened).isFalse();
  }

  @Test
  void deniedAuthorizationIsReportedWithoutPostingTheCode() throws Exception {
    api.on(
        "GET",
        "/auth/github",
        request ->
            Reply.redirect(
                request.query().get("redirect_uri")
                    + "?error=access_denied&error_description=The+user+denied+access&state="
                    + request.query().get("state")));

    CliHarness.Result result = cli.run("login");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("GitHub sign-in did not complete: The user denied access");
    assertThat(api.received("POST", "/auth/cli/callback")).isEmpty();
    assertThat(browser.page().body()).contains("The user denied access");
  }

  @Test
  void busyCallbackPortFailsWithAClearMessage() throws Exception {
    AtomicBoolean opened = new AtomicBoolean();
    cli.browser = url -> opened.getAndSet(true);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      cli.env.put("INSIGHTA_CALLBACK_PORT", String.valueOf(taken.getLocalPort()));

      CliHarness.Result result = cli.run("login");

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err())
          .contains("Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
          .contains("INSIGHTA_CALLBACK_PORT")
          .doesNotContain("Exception");
      assertThat(opened).isFalse();
    }
  }

  @Test
  void noBrowserPrintsTheSignInUrlAndTimesOutClearly() {
    cli.browser =
        url -> {
          throw new AssertionError("--no-browser must not open a browser");
        };

    CliHarness.Result result = cli.run("login", "--no-browser", "--timeout", "0");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("Open this URL")
        .contains(api.url() + "/auth/github?client=cli&state=");
    assertThat(result.err()).contains("Timed out after 0 s waiting for the browser login");
  }

  @Test
  void unopenableBrowserFallsBackToPrintingTheUrl() {
    cli.browser = url -> false;

    CliHarness.Result result = cli.run("login", "--timeout", "0");

    assertThat(result.out()).contains("Open this URL in your browser").contains("code_challenge=");
  }

  @Test
  void rejectedCodeShowsTheServerMessageInTerminalAndBrowser() throws Exception {
    authorizeRedirectsWith(null);
    api.on("POST", "/auth/cli/callback", request -> Reply.error(400, "Invalid authorization code"));

    CliHarness.Result result = cli.run("login");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("Login failed: Invalid authorization code");
    assertThat(browser.page().body()).contains("Invalid authorization code");
    assertThat(cli.credentials()).isEmpty();
  }
}
