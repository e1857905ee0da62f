package io.insighta.cli.command;

import static io.insighta.cli.support.Fixtures.ADMIN_ID;
import static io.insighta.cli.support.Fixtures.ELLA_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditCommandTest extends LoggedInCommandTest {
  private static final String NL = System.lineSeparator();
  private static final String PAGE =
      Fixtures.auditPage(
          Fixtures.auditEntry("2026-04-01T12:05:00Z", "profile.delete", "profile", ELLA_ID),
          Fixtures.auditEntry("2026-04-01T12:00:00Z", "session.sign_in", null, null));

  @Test
  void mapsEveryOptionToItsQueryParameterAndPrintsATableWithThePagingFooter() {
    api.onAuthed("GET", "/api/audit", r -> Reply.ok(PAGE));

    CliHarness.Result result =
        cli.run(
            "audit",
            "--action",
            "Profile.Delete",
            "--actor",
            ADMIN_ID,
            "--since",
            "2026-04-01T14:00:00+02:00",
            "--until",
            "2026-04-02T00:00:00Z",
            "--page",
            "2",
            "--limit",
            "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(api.received("GET", "/api/audit").get(0).query())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "action", "profile.delete",
                "actor_id", ADMIN_ID,
                "since", "2026-04-01T12:00:00Z",
                "until", "2026-04-02T00:00:00Z",
                "page", "2",
                "limit", "2"));
    assertThat(result.out().lines())
        .containsExactly(
            "AT                    ACTION           ACTOR    TARGET                                        IP",
            "2026-04-01T12:05:00Z  profile.delete   octocat  profile:" + ELLA_ID + "  203.0.113.7",
            "2026-04-01T12:00:00Z  session.sign_in  octocat  -                                             203.0.113.7",
            "Page 2 of 3 · 5 total");
  }

  @Test
  void jsonPrintsTheServerBodyVerbatimAndAnEmptyPageSaysSo() {
    api.onAuthed("GET", "/api/audit", r -> Reply.ok(PAGE));

    assertThat(cli.run("audit", "--json").out()).isEqualTo(PAGE + NL);
    assertThat(api.received("GET", "/api/audit").get(0).rawQuery()).isNull();

    api.onAuthed(
        "GET",
        "/api/audit",
        r -> Reply.ok(Fixtures.emptyPage().replace("/api/profiles", "/api/audit")));
    assertThat(cli.run("audit").out().lines())
        .containsExactly("No audit entries found.", "Page 1 of 0 · 0 total");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--action|profile.update|--action must be one of session.sign_in, session.sign_out,",
        "--actor|octocat|--actor must be a user id",
        "--since|yesterday|--since must be an ISO 8601 instant such as 2026-04-01T12:00:00Z",
        "--until|2026-04-01|--until must be an ISO 8601 instant",
        "--page|first|Invalid value for option '--page'"
      })
  void badFiltersAreUsageErrorsBeforeAnyRequest(String option, String value, String message) {
    CliHarness.Result result = cli.run("audit", option, value);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(message);
    assertThat(api.received()).isEmpty();
  }

  @Test
  void sinceAfterUntilIsAUsageError() {
    CliHarness.Result result =
        cli.run("audit", "--since", "2026-04-02T00:00:00Z", "--until", "2026-04-01T00:00:00Z");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--since must not be after --until");
    assertThat(api.received()).isEmpty();
  }

  @Test
  void anAnalystSeesTheServersRefusal() {
    api.onAuthed("GET", "/api/audit", r -> Reply.error(403, "Forbidden: admin role required"));

    CliHarness.Result result = cli.run("audit");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).isEqualTo("Error: Forbidden: admin role required" + NL);
  }
}
