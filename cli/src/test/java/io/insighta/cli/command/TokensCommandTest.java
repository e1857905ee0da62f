package io.insighta.cli.command;

import static io.insighta.cli.support.Fixtures.PAT;
import static io.insighta.cli.support.Fixtures.TOKEN_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Received;
import io.insighta.cli.support.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensCommandTest extends LoggedInCommandTest {
  private static final String NL = System.lineSeparator();

  private void createAnswers() {
    api.onAuthed(
        "POST",
        "/api/tokens",
        r -> Reply.json(201, "{\"status\":\"success\",\"data\":" + Fixtures.createdToken() + "}"));
  }

  @Test
  void createPostsTheOptionsAndShowsTheSecretWithTheWarningThatItIsShownOnce() {
    createAnswers();

    CliHarness.Result result =
        cli.run(
            "tokens",
            "create",
            "--name",
            "ci-nightly",
            "--scope",
            "WRITE",
            "--expires-in-days",
            "90");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Received request = api.received("POST", "/api/tokens").get(0);
    assertThat(request.header("Authorization")).isEqualTo("Bearer at-1");
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(request.json().toString())
        .isEqualTo("{\"name\":\"ci-nightly\",\"scope\":\"write\",\"expires_in_days\":90}");
    assertThat(result.out().lines())
        .containsExactly(
            "Created token ci-nightly",
            "id          " + TOKEN_ID,
            "name        ci-nightly",
            "scope       write",
            "created_at  2026-04-01T12:00:00Z",
            "expires_at  2026-06-30T12:00:00Z",
            "token       " + PAT,
            "Copy the token now, it will not be shown again.",
            "Scripts send it as INSIGHTA_TOKEN=<token> or Authorization: Bearer <token>.");
  }

  @Test
  void createWithOnlyANameLeavesTheDefaultsToTheServerAndJsonPrintsTheDataObject() {
    createAnswers();

    CliHarness.Result result = cli.run("tokens", "create", "--name", "ci-nightly", "--json");

    assertThat(api.received("POST", "/api/tokens").get(0).json().toString())
        .isEqualTo("{\"name\":\"ci-nightly\"}");
    assertThat(result.out()).isEqualTo(Fixtures.createdToken() + NL);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--name|'  '|--name must not be empty",
        "--scope|admin|--scope must be read or write: admin",
        "--expires-in-days|0|--expires-in-days must be between 1 and 365: 0",
        "--expires-in-days|366|--expires-in-days must be between 1 and 365: 366",
        "--expires-in-days|soon|Invalid value for option '--expires-in-days'"
      })
  void badOptionsAreUsageErrorsBeforeAnyRequest(String option, String value, String message) {
    String[] args =
        option.equals("--name")
            ? new String[] {"tokens", "create", "--name", value}
            : new String[] {"tokens", "create", "--name", "ci", option, value};

    CliHarness.Result result = cli.run(args);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(message);
    assertThat(api.received()).isEmpty();
  }

  @Test
  void createShowsTheServersRefusalVerbatim() {
    api.onAuthed(
        "POST", "/api/tokens", r -> Reply.error(403, "Forbidden: write scope requires admin"));

    CliHarness.Result result = cli.run("tokens", "create", "--name", "ci", "--scope", "write");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).isEqualTo("Error: Forbidden: write scope requires admin" + NL);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void listPrintsATableWithoutSecretsAndNeverForUnusedTokens() {
    String body =
        "{\"status\":\"success\",\"data\":["
            + Fixtures.token(TOKEN_ID, "ci-nightly", "write", "2026-04-02T08:30:00Z")
            + ","
            + Fixtures.token("0195f3a1-aaaa-7bbb-8ccc-000000000011", "laptop", "read", null)
            + "]}";
    api.onAuthed("GET", "/api/tokens", r -> Reply.ok(body));

    CliHarness.Result result = cli.run("tokens", "list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "ID                                    NAME        SCOPE  CREATED               EXPIRES               LAST USED",
            "0195f3a1-aaaa-7bbb-8ccc-000000000010  ci-nightly  write  2026-04-01T12:00:00Z  2026-05-01T12:00:00Z  2026-04-02T08:30:00Z",
            "0195f3a1-aaaa-7bbb-8ccc-000000000011  laptop      read   2026-04-01T12:00:00Z  2026-05-01T12:00:00Z  never",
            "2 tokens");
    assertThat(cli.run("tokens", "list", "--json").out()).isEqualTo(body + NL);
  }

  @Test
  void revokeDeletesTheTokenAndConfirms() {
    api.onAuthed("DELETE", "/api/tokens/" + TOKEN_ID, r -> Reply.noContent());

    CliHarness.Result result = cli.run("tokens", "revoke", TOKEN_ID);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("Revoked token " + TOKEN_ID + NL);
    assertThat(api.received("DELETE", "/api/tokens/" + TOKEN_ID)).hasSize(1);
  }

  @Test
  void revokingAnUnknownTokenIsANotFoundErrorLikeAnyOther() {
    api.onAuthed("DELETE", "/api/tokens/nope", r -> Reply.error(404, "Token not found"));

    CliHarness.Result result = cli.run("tokens", "revoke", "nope");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("Error: Token not found" + NL);
    assertThat(result.out()).isEmpty();
  }
}
