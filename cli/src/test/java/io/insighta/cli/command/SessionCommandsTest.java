package io.insighta.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.auth.Credentials;
import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.FakeApi;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Received;
import io.insighta.cli.support.Reply;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SessionCommandsTest extends LoggedInCommandTest {

  @Test
  void whoamiShowsTheUserAsTheServerSeesIt() {
    api.onAuthed("GET", "/auth/me", r -> Reply.ok(Fixtures.me()));

    CliHarness.Result result = cli.run("whoami");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines())
        .startsWith(
            "username       @octocat", "role           admin", "email          octo@example.com")
        .contains("github_id      583231", "active         yes");
  }

  @Test
  void whoamiJsonPrintsTheServerBodyVerbatim() {
    api.onAuthed("GET", "/auth/me", r -> Reply.ok(Fixtures.me()));

    assertThat(cli.run("whoami", "--json").out().strip()).isEqualTo(Fixtures.me());
  }

  @Test
  void logoutRevokesTheRefreshTokenThenDeletesTheFile() {
    api.on(
        "POST",
        "/auth/logout",
        r -> Reply.ok("{\"status\":\"success\",\"message\":\"Logged out\"}"));

    CliHarness.Result result = cli.run("logout");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Logged out @octocat.");
    Received logout = api.received("POST", "/auth/logout").get(0);
    assertThat(logout.json().get("refresh_token").asText()).isEqualTo("rt-1");
    assertThat(cli.credentials()).isEmpty();
  }

  @Test
  void logoutWithTheServerUnreachableStillDeletesLocallyAndSaysSo() throws Exception {
    String deadUrl;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadUrl = "http://127.0.0.1:" + socket.getLocalPort();
    }

    cli.env.put("INSIGHTA_API_URL", deadUrl);
    cli.store()
        .save(new Credentials("at-1", "rt-1", "2026-04-01T12:03:00Z", "octocat", "admin", deadUrl));

    CliHarness.Result result = cli.run("logout");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Logged out locally").contains("Cannot reach " + deadUrl);
    assertThat(cli.credentials()).isEmpty();
  }

  @Test
  void logoutWhenNotLoggedInIsHarmless() {
    cli.store().delete();

    CliHarness.Result result = cli.run("logout");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Not logged in.");
  }

  @Test
  void apiUrlOptionWinsOverTheEnvironmentAndMatchesTheIssuedUrlSpelledDifferently() {
    try (FakeApi other = new FakeApi()) {
      cli.env.put("INSIGHTA_API_URL", other.url());
      api.onAuthed("GET", "/auth/me", r -> Reply.ok(Fixtures.me()));

      CliHarness.Result result =
          cli.run("whoami", "--api-url", api.url().toUpperCase(Locale.ROOT) + "/");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(api.received("GET", "/auth/me")).hasSize(1);
      assertThat(other.received()).isEmpty();
    }
  }

  @Test
  void storedCredentialsAreNotSentToAnotherApiUrlGivenByTheOption() {
    try (FakeApi other = new FakeApi()) {
      other.accept("at-1");
      other.onAuthed("GET", "/auth/me", r -> Reply.ok(Fixtures.me()));

      CliHarness.Result result = cli.run("whoami", "--api-url", other.url());

      assertThat(result.exitCode()).isEqualTo(3);
      assertThat(result.err())
          .contains("issued for " + api.url() + ", not " + other.url())
          .contains("insighta login --api-url " + other.url());
      assertThat(other.received()).isEmpty();
      assertThat(api.received()).isEmpty();
    }
  }

  @Test
  void storedCredentialsAreNotSentToAnotherApiUrlFromTheEnvironment() {
    try (FakeApi other = new FakeApi()) {
      cli.env.put("INSIGHTA_API_URL", other.url());

      CliHarness.Result result = cli.run("profiles", "list");

      assertThat(result.exitCode()).isEqualTo(3);
      assertThat(result.err()).contains("issued for " + api.url() + ", not " + other.url());
      assertThat(other.received()).isEmpty();
      assertThat(cli.credentials()).isPresent();
    }
  }

  @Test
  void logoutDoesNotSendTheTokensToAnotherApiUrlAndKeepsThem() {
    try (FakeApi other = new FakeApi()) {
      CliHarness.Result result = cli.run("logout", "--api-url", other.url());

      assertThat(result.exitCode()).isEqualTo(3);
      assertThat(result.err()).contains("insighta login --api-url " + other.url());
      assertThat(other.received()).isEmpty();
      assertThat(cli.credentials()).isPresent();
    }
  }

  @Test
  void plainHttpToARemoteServerIsAUsageErrorBeforeAnyRequest() {
    CliHarness.Result result = cli.run("whoami", "--api-url", "http://insighta.invalid");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("http://insighta.invalid").contains("https://");
    assertThat(api.received()).isEmpty();
  }
}
