package io.insighta.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportTest extends LoggedInCommandTest {
  private static final String CSV =
      String.join(
          "\r\n",
          "id,name,gender,gender_probability,age,age_group,country_id,country_name,"
              + "country_probability,created_at",
          "0195f3a1-7c2e-7b3a-9d4e-1f2a3b4c5d6e,ella,female,0.99,46,adult,DK,Denmark,0.85,"
              + "2026-04-01T12:00:00Z",
          "0195f3a1-7c2e-7b3a-9d4e-000000000002,\"Zoë \"\"Z\"\"\nSmith\",female,0.9,30,adult,CI,"
              + "\"Côte d'Ivoire, Republic of\",0.4,2026-04-01T12:05:00Z",
          "");

  @BeforeEach
  void stubTheApi() {
    api.onAuthed("GET", "/api/profiles/export", r -> Reply.csv(CSV));
  }

  @Test
  void exportWritesExactlyWhatTheServerSentToATimestampedFile() throws Exception {
    CliHarness.Result result = cli.run("profiles", "export", "--format", "csv");

    Path file = cli.workDir.resolve("profiles_20260401T120000Z.csv");
    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(file)).isEqualTo(CSV);
    assertThat(result.out()).contains("Saved 2 profiles to " + file);
    assertThat(result.err()).contains("Downloaded").contains("2 rows");
    try (var files = Files.list(cli.workDir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void exportPassesFiltersAndSortAndHonoursTheOutputOption() throws Exception {
    Files.createDirectories(cli.workDir.resolve("out"));

    CliHarness.Result result =
        cli.run(
            "profiles",
            "export",
            "--gender",
            "female",
            "--country",
            "ng",
            "--sort-by",
            "age",
            "--order",
            "desc",
            "-o",
            "out/women.csv");

    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(cli.workDir.resolve("out/women.csv"))).isEqualTo(CSV);
    assertThat(api.received("GET", "/api/profiles/export").get(0).rawQuery())
        .isEqualTo("format=csv&gender=female&country_id=ng&sort_by=age&order=desc");
  }

  @Test
  void unwritableTargetFailsClearly() {
    CliHarness.Result result = cli.run("profiles", "export", "-o", "missing-dir/x.csv");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("Error: Export failed").contains("missing-dir");
  }

  @Test
  void serverErrorLeavesNoFileBehind() throws Exception {
    api.onAuthed("GET", "/api/profiles/export", r -> Reply.error(422, "Invalid query parameters"));

    CliHarness.Result result = cli.run("profiles", "export", "--min-age", "-1");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("Invalid query parameters");
    try (var files = Files.list(cli.workDir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void formatsOtherThanCsvAreUsageErrors() {
    CliHarness.Result result = cli.run("profiles", "export", "--format", "xml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--format must be csv");
    assertThat(api.received()).isEmpty();
  }
}
