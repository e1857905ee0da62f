package io.insighta.cli.command;

import static io.insighta.cli.support.Fixtures.ELLA;
import static io.insighta.cli.support.Fixtures.EMMANUEL;
import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.Fixtures;
import io.insighta.cli.support.Received;
import io.insighta.cli.support.Reply;
import org.junit.jupiter.api.Test;

class ListAndSearchTest extends LoggedInCommandTest {

  @Test
  void listPrintsAnAlignedTableWithAPagingFooter() {
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA, EMMANUEL)));

    CliHarness.Result result = cli.run("profiles", "list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "ID                                    NAME      GENDER  AGE  AGE GROUP  COUNTRY  CREATED AT",
            "0195f3a1-7c2e-7b3a-9d4e-1f2a3b4c5d6e  ella      female  46   adult      DK       2026-04-01T12:00:00Z",
            "0195f3a1-7c2e-7b3a-9d4e-000000000002  Emmanuel  male    17   teenager   NG       2026-04-01T12:05:00Z",
            "Page 1 of 203 · 2026 total");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void everyRequestCarriesTheBearerTokenAndApiVersion() {
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA)));

    cli.run("profiles", "list");

    Received request = api.received("GET", "/api/profiles").get(0);
    assertThat(request.header("Authorization")).isEqualTo("Bearer at-1");
    assertThat(request.header("X-API-Version")).isEqualTo("1");
  }

  @Test
  void listMapsEveryOptionToItsQueryParameter() {
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.page(ELLA)));

    cli.run(
        "profiles",
        "list",
        "--gender",
        "female",
        "--country",
        "DK",
        "--age-group",
        "adult",
        "--min-age",
        "30",
        "--max-age",
        "50",
        "--min-gender-probability",
        "0.9",
        "--min-country-probability",
        "0.5",
        "--sort-by",
        "age",
        "--order",
        "desc",
        "--page",
        "2",
        "--limit",
        "20");

    assertThat(api.received("GET", "/api/profiles").get(0).query())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.ofEntries(
                java.util.Map.entry("gender", "female"),
                java.util.Map.entry("country_id", "DK"),
                java.util.Map.entry("age_group", "adult"),
                java.util.Map.entry("min_age", "30"),
                java.util.Map.entry("max_age", "50"),
                java.util.Map.entry("min_gender_probability", "0.9"),
                java.util.Map.entry("min_country_probability", "0.5"),
                java.util.Map.entry("sort_by", "age"),
                java.util.Map.entry("order", "desc"),
                java.util.Map.entry("page", "2"),
                java.util.Map.entry("limit", "20")));
  }

  @Test
  void jsonPrintsTheServerBodyVerbatim() {
    String body = Fixtures.page(ELLA);
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(body));

    CliHarness.Result result = cli.run("profiles", "list", "--json");

    assertThat(result.out()).isEqualTo(body + System.lineSeparator());
  }

  @Test
  void emptyResultSaysSoAndStillShowsTheFooter() {
    api.onAuthed("GET", "/api/profiles", r -> Reply.ok(Fixtures.emptyPage()));

    CliHarness.Result result = cli.run("profiles", "list", "--country", "AQ");

    assertThat(result.out().lines()).containsExactly("No profiles found.", "Page 1 of 0 · 0 total");
  }

  @Test
  void invalidFilterPrintsTheServerMessageAndExitsWithOne() {
    api.onAuthed("GET", "/api/profiles", r -> Reply.error(422, "Invalid query parameters"));

    CliHarness.Result result = cli.run("profiles", "list", "--min-age", "-4");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("Error: Invalid query parameters" + System.lineSeparator());
  }

  @Test
  void nonNumericAgeIsAUsageError() {
    CliHarness.Result result = cli.run("profiles", "list", "--min-age", "old");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(api.received()).isEmpty();
  }

  @Test
  void searchShowsHowTheQueryWasInterpretedAboveTheTable() {
    String body =
        Fixtures.page(EMMANUEL)
            .replace(
                "\"data\":",
                "\"interpreted_as\":{\"gender\":\"male\",\"min_age\":16,\"max_age\":24},\"data\":");
    api.onAuthed("GET", "/api/profiles/search", r -> Reply.ok(body));

    CliHarness.Result result = cli.run("profiles", "search", "young males", "--limit", "5");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().findFirst())
        .contains("Interpreted as: gender=male, min_age=16, max_age=24");
    assertThat(result.out())
        .contains("Emmanuel")
        .endsWith("Page 1 of 203 · 2026 total" + System.lineSeparator());
    Received request = api.received("GET", "/api/profiles/search").get(0);
    assertThat(request.rawQuery()).isEqualTo("q=young%20males&limit=5");
  }

  @Test
  void uninterpretableSearchPrintsTheServerMessage() {
    api.onAuthed("GET", "/api/profiles/search", r -> Reply.error(400, "Unable to interpret query"));

    CliHarness.Result result = cli.run("profiles", "search", "purple elephants");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("Unable to interpret query").doesNotContain("Exception");
  }

  @Test
  void searchWithoutAQueryIsAUsageError() {
    assertThat(cli.run("profiles", "search").exitCode()).isEqualTo(2);
  }
}
