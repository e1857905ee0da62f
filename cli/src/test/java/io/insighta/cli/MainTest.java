package io.insighta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path temp;

  @Test
  void versionPrintsTheReleaseAndExitsZero() {
    CliHarness.Result result = new CliHarness(temp, "http://127.0.0.1:1").run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("insighta 1.0.0" + System.lineSeparator());
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CliHarness.Result result = new CliHarness(temp, "http://127.0.0.1:1").run("--help");

    assertThat(result.out())
        .contains("login", "logout", "whoami", "profiles", "tokens", "audit", "Exit codes");
    assertThat(new CliHarness(temp, "x").run("profiles", "--help").out())
        .contains("list", "get", "search", "create", "delete", "export", "import");
    assertThat(new CliHarness(temp, "x").run("tokens", "--help").out())
        .contains("create", "list", "revoke");
  }

  @Test
  void helpFooterNamesEveryCauseOfEachExitCode() {
    String help = new CliHarness(temp, "http://127.0.0.1:1").run("--help").out();

    String footer = help.substring(help.indexOf("Exit codes:")).replaceAll("\\s+", " ");
    assertThat(footer)
        .contains("2 usage or configuration error")
        .contains("INSIGHTA_TOKEN that is not a personal access token")
        .contains("3 not logged in, session expired, INSIGHTA_TOKEN rejected, forbidden (403),")
        .contains("or stored credentials issued for another API URL");
    assertThat(help).contains("INSIGHTA_TOKEN    a personal access token");
  }

  @Test
  void usageErrorsExitWithTwo() {
    CliHarness cli = new CliHarness(temp, "http://127.0.0.1:1");

    assertThat(cli.run().exitCode()).isEqualTo(2);
    assertThat(cli.run("profiles").exitCode()).isEqualTo(2);
    assertThat(cli.run("--bogus").exitCode()).isEqualTo(2);
    CliHarness.Result unknown = cli.run("frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unmatched argument");
  }

  @Test
  void unreachableServerIsAnApiErrorWithoutStackTrace() throws Exception {
    String deadUrl;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      deadUrl = "http://127.0.0.1:" + socket.getLocalPort();
    }
    CliHarness cli = new CliHarness(temp, deadUrl);
    cli.loggedIn("at", "rt");

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("Error: Cannot reach " + deadUrl).doesNotContain("\tat ");
  }

  @Test
  void badApiUrlIsAUsageError() {
    CliHarness cli = new CliHarness(temp, "ftp://example.com");
    cli.loggedIn("at", "rt");

    CliHarness.Result result = cli.run("whoami");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("API URL must start with http:// or https://");
  }
}
