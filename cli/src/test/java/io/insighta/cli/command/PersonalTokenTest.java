package io.insighta.cli.command;

import static io.insighta.cli.support.Fixtures.ELLA;
import static io.insighta.cli.support.Fixtures.PAT;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.auth.Credentials;
import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.FakeApi;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Reply;
import org.junit.jupiter.api.Test;

/** INSIGHTA_TOKEN set next to a stored login (at-1): the personal access token wins. */
class PersonalTokenTest extends LoggedInCommandTest {

  @Test
  void everyCallCarriesTheTokenInsteadOfTheStoredLogin() {
    api.accept(PAT);
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA)));
    api.onAuthed("GET", "/api/users/me", r -> Reply.ok(Fixtures.me()));
    cli.env.put("INSIGHTA_TOKEN", "  " + PAT + "\n");

    assertThat(cli.run("profiles", "list").exitCode()).isZero();
    CliHarness.Result whoami = cli.run("whoami");

    assertThat(whoami.exitCode()).as(whoami.err()).isZero();
    assertThat(whoami.out()).contains("@octocat");
    assertThat(api.received())
        .extracting(r -> r.method() + " " + r.path() + " " + r.header("Authorization"))
        .containsExactly(
            "GET /api/profiles Bearer " + PAT,
            // PATs are never accepted on /auth/*, so whoami asks the /api twin of /auth/me
            "GET /api/users/me Bearer " + PAT);
  }

  @Test
  void aRejectedTokenIsReportedWithoutAnyRefreshAndTheLoginIsKept() {
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA)));
    api.on("POST", "/auth/refresh", r -> Reply.ok(Fixtures.tokens("at-2", "rt-2")));
    cli.env.put("INSIGHTA_TOKEN", PAT);

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .contains("INSIGHTA_TOKEN was rejected (Invalid or expired token)")
        .contains("invalid, expired or revoked")
        .contains("unset it to use the stored login");
    assertThat(api.received()).hasSize(1);
    assertThat(api.received("POST", "/auth/refresh")).isEmpty();
    assertThat(cli.credentials()).map(Credentials::refreshToken).contains("rt-1");
  }

  @Test
  void theTokenGoesToTheConfiguredUrlThatTheStoredLoginIsBoundAgainst() {
    try (FakeApi other = new FakeApi()) {
      other.accept(PAT);
      other.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA)));
      cli.env.put("INSIGHTA_API_URL", other.url());
      cli.env.put("INSIGHTA_TOKEN", PAT);

      CliHarness.Result result = cli.run("profiles", "list");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(other.received("GET", "/api/profiles")).hasSize(1);
      assertThat(api.received()).isEmpty();
    }
  }

  @Test
  void plainHttpToARemoteHostIsRefusedForTheTokenToo() {
    cli.env.put("INSIGHTA_TOKEN", PAT);

    CliHarness.Result result = cli.run("profiles", "list", "--api-url", "http://insighta.invalid");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("https://");
  }

  @Test
  void aBlankTokenIsIgnoredAndTheStoredLoginIsUsed() {
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA)));
    cli.env.put("INSIGHTA_TOKEN", "   ");

    assertThat(cli.run("profiles", "list").exitCode()).isZero();
    assertThat(api.received("GET", "/api/profiles").get(0).bearer()).isEqualTo("at-1");
  }

  @Test
  void aValueThatIsNotAPersonalAccessTokenIsAUsageErrorThatDoesNotEchoIt() {
    cli.env.put("INSIGHTA_TOKEN", "ghp_secretGithubToken");

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("INSIGHTA_TOKEN must be a personal access token: insighta_pat_")
        .doesNotContain("ghp_secretGithubToken");
    assertThat(api.received()).isEmpty();
  }

  @Test
  void logoutSaysTheTokenTakesPrecedenceAndEndsOnlyTheStoredLogin() {
    api.on("POST", "/auth/logout", r -> Reply.ok("{\"status\":\"success\"}"));
    cli.env.put("INSIGHTA_TOKEN", PAT);

    CliHarness.Result result = cli.run("logout");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .contains("INSIGHTA_TOKEN is set and takes precedence over the stored login")
        .contains("insighta tokens revoke ID");
    assertThat(api.received("POST", "/auth/logout").get(0).bearer()).isEqualTo("at-1");
    assertThat(cli.credentials()).isEmpty();
  }
}
