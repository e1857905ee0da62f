package io.insighta.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading commands (list, get, search, export) against the real server, run by an analyst who
 * signed in through the browser flow, over the {@link KenyanProfiles} that no test changes.
 */
class ProfileReadCommandsEndToEndTest {
  @TempDir static Path temp;
  private static LiveServer server;
  private static CliHarness analyst;

  @BeforeAll
  static void start() {
    server = LiveServer.start(Clock.systemUTC());
    analyst = server.cli(temp, Clock.fixed(CliHarness.NOW, ZoneOffset.UTC));
    server.login(analyst, LiveServer.ANALYST);
    KenyanProfiles.seed(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void listAppliesEveryFilterSortsAndShowsThePagingFooter() {
    String[] query = {
      "profiles",
      "list",
      "--gender",
      "female",
      "--country",
      "ke",
      "--age-group",
      "adult",
      "--min-age",
      "20",
      "--max-age",
      "40",
      "--min-gender-probability",
      "0.8",
      "--min-country-probability",
      "0.5",
      "--sort-by",
      "age",
      "--order",
      "desc",
      "--limit",
      "2"
    };

    CliHarness.Result first = analyst.run(query);
    CliHarness.Result second = analyst.run(append(query, "--page", "2"));

    assertThat(first.exitCode()).as(first.err()).isZero();
    List<String> lines = first.out().lines().toList();
    assertThat(TableText.cells(lines.get(0)))
        .containsExactly("ID", "NAME", "GENDER", "AGE", "AGE GROUP", "COUNTRY", "CREATED AT");
    assertThat(TableText.cells(lines.get(1)))
        .endsWith("Chebet", "female", "34", "adult", "KE", "2026-03-01T10:02:00Z");
    assertThat(TableText.cells(lines.get(1))[0]).matches("[0-9a-f-]{36}");
    assertThat(TableText.cells(lines.get(2)))
        .endsWith("Zoë", "female", "27", "adult", "KE", "2026-03-01T10:11:00Z");
    assertThat(lines.get(3)).isEqualTo("Page 1 of 2 · 3 total");
    assertThat(lines).hasSize(4);
    assertThat(second.out().lines().toList()).hasSize(3).last().isEqualTo("Page 2 of 2 · 3 total");
    assertThat(TableText.names(second.out())).containsExactly("Amani");
  }

  @Test
  void listAlignsColumnsToTheWidestCell() {
    CliHarness.Result result =
        analyst.run("profiles", "list", "--country", "KE", "--gender", "male", "--limit", "10");

    List<String> lines = result.out().lines().toList();
    int nameColumn = lines.get(0).indexOf("NAME");
    int genderColumn = lines.get(0).indexOf("GENDER");
    assertThat(lines.subList(1, lines.size() - 1))
        .hasSize(6)
        .allSatisfy(line -> assertThat(line.indexOf("male", nameColumn)).isEqualTo(genderColumn));
    assertThat(TableText.names(result.out()))
        .containsExactly("Baraka", "Daudi", "Faraji", "Hamisi", "Jabari", "Kamau, \"Jr\"");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Page 1 of 1 · 6 total");
  }

  @Test
  void listJsonIsTheServerBodyVerbatim() {
    CliHarness.Result result =
        analyst.run("profiles", "list", "--country", "KE", "--limit", "3", "--json");

    assertThat(result.exitCode()).isZero();
    String direct =
        server.get("/api/profiles?country_id=KE&limit=3", server.testAdminToken()).body();
    assertThat(result.out()).isEqualTo(direct + System.lineSeparator());
  }

  @Test
  void invalidFilterCombinationPrintsTheServerMessage() {
    CliHarness.Result result =
        analyst.run("profiles", "list", "--min-age", "50", "--max-age", "10");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("Error: Invalid query parameters" + System.lineSeparator());
    assertThat(result.out()).isEmpty();
  }

  @Test
  void optionOfTheWrongTypeIsAUsageError() {
    CliHarness.Result result = analyst.run("profiles", "list", "--page", "two");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--page").doesNotContain("Exception");
  }

  @Test
  void getShowsEveryFieldOfOneProfile() {
    String id = server.idOf("/api/profiles?country_id=KE&min_age=23&max_age=23");

    CliHarness.Result result = analyst.run("profiles", "get", id);

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "id                   " + id,
            "name                 Amani",
            "gender               female",
            "gender_probability   0.91",
            "age                  23",
            "age_group            adult",
            "country_id           KE",
            "country_name         Kenya",
            "country_probability  0.71",
            "created_at           2026-03-01T10:00:00Z");
  }

  @Test
  void getOfAnUnknownIdPrintsProfileNotFound() {
    CliHarness.Result result =
        analyst.run("profiles", "get", "0195f3a1-7c2e-7b3a-9d4e-1f2a3b4c5d6e");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("Error: Profile not found" + System.lineSeparator());
  }

  @Test
  void searchShowsHowTheQueryWasReadAndPagesTheMatches() {
    CliHarness.Result result =
        analyst.run(
            "profiles",
            "search",
            "young males from kenya",
            "--sort-by",
            "age",
            "--order",
            "desc",
            "--limit",
            "2");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0))
        .startsWith("Interpreted as: ")
        .contains("gender=male", "min_age=16", "max_age=24", "country_id=KE");
    assertThat(TableText.names(result.out())).containsExactly("Hamisi", "Faraji");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Page 1 of 2 · 3 total");
  }

  @Test
  void searchThatCannotBeInterpretedPrintsTheServerMessage() {
    CliHarness.Result result = analyst.run("profiles", "search", "purple elephants");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("Error: Unable to interpret query" + System.lineSeparator());
  }

  @Test
  void exportFileIsByteForByteTheApiCsvForTheSameFilters() throws Exception {
    CliHarness.Result result =
        analyst.run(
            "profiles",
            "export",
            "--format",
            "csv",
            "--country",
            "KE",
            "--gender",
            "male",
            "--sort-by",
            "age",
            "--order",
            "desc",
            "-o",
            "males.csv");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path file = analyst.workDir.resolve("males.csv");
    byte[] api =
        server.bytes(
            "/api/profiles/export?format=csv&country_id=KE&gender=male&sort_by=age&order=desc",
            server.testAdminToken());
    assertThat(Files.readAllBytes(file)).isEqualTo(api);
    assertThat(new String(api, StandardCharsets.UTF_8)).contains("\"Kamau, \"\"Jr\"\"\"");
    assertThat(result.out()).isEqualTo("Saved 6 profiles to " + file + System.lineSeparator());
    assertThat(result.err()).contains("Downloaded").contains("6 rows");
    assertThat(analyst.workDir.resolve("males.csv.part")).doesNotExist();
  }

  @Test
  void exportWithoutAFileNameWritesATimestampedFileHere() throws Exception {
    CliHarness.Result result =
        analyst.run("profiles", "export", "--format", "csv", "--country", "KE");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Path file = analyst.workDir.resolve("profiles_20260401T120000Z.csv");
    assertThat(Files.readAllBytes(file))
        .isEqualTo(
            server.bytes("/api/profiles/export?format=csv&country_id=KE", server.testAdminToken()));
    assertThat(Files.readString(file)).contains("Zoë,female,0.93,27,adult,KE,Kenya,0.7,");
    assertThat(result.out()).contains("Saved 12 profiles to " + file);
  }

  private static String[] append(String[] args, String... more) {
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
