package io.insighta.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.cli.support.CliHarness;
import io.insighta.cli.support.Received;
import io.insighta.cli.support.Reply;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportTest extends LoggedInCommandTest {
  private static final String SUMMARY =
      "{\"status\":\"success\",\"data\":{\"inserted\":2,\"skipped\":1,"
          + "\"errors\":[{\"line\":4,\"reason\":\"Missing or empty name\"}]}}";

  @BeforeEach
  void stubTheApi() {
    api.onAuthed("POST", "/api/profiles/import", r -> Reply.ok(SUMMARY));
  }

  @Test
  void csvFileIsUploadedAsTextCsvAndTheSummaryPrinted() throws Exception {
    String csv = "name\nella\nemmanuel\n\n";
    Files.writeString(cli.workDir.resolve("people.csv"), csv);

    CliHarness.Result result = cli.run("profiles", "import", "people.csv");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "Imported people.csv: 2 inserted, 1 skipped, 1 errors",
            "  line 4: Missing or empty name");
    Received upload = api.received("POST", "/api/profiles/import").get(0);
    assertThat(upload.header("Content-Type")).isEqualTo("text/csv");
    assertThat(upload.header("Content-Length")).isEqualTo(String.valueOf(csv.length()));
    assertThat(upload.text()).isEqualTo(csv);
    assertThat(result.err()).contains("Uploaded 20 B");
  }

  @Test
  void jsonFileIsUploadedAsApplicationJson() throws Exception {
    Files.writeString(cli.workDir.resolve("people.JSON"), "[{\"name\":\"ella\"}]");

    CliHarness.Result result = cli.run("profiles", "import", "people.JSON", "--json");

    assertThat(result.out().strip()).isEqualTo(SUMMARY);
    assertThat(api.received("POST", "/api/profiles/import").get(0).header("Content-Type"))
        .isEqualTo("application/json");
  }

  @Test
  void errorCountIsTheServersInvalidCountEvenBeyondTheRowsItLists() throws Exception {
    StringBuilder listed = new StringBuilder();
    for (int line = 2; line < 27; line++) {
      listed.append(line == 2 ? "" : ",");
      listed.append("{\"line\":").append(line).append(",\"reason\":\"Invalid type\"}");
    }
    api.onAuthed(
        "POST",
        "/api/profiles/import",
        r ->
            Reply.ok(
                "{\"status\":\"success\",\"data\":{\"inserted\":0,\"skipped\":130,"
                    + "\"invalid\":130,\"errors\":["
                    + listed
                    + "]}}"));
    Files.writeString(cli.workDir.resolve("people.csv"), "name\n");

    CliHarness.Result result = cli.run("profiles", "import", "people.csv");

    assertThat(result.out().lines())
        .hasSize(22)
        .startsWith("Imported people.csv: 0 inserted, 130 skipped, 130 errors")
        .contains("  line 21: Invalid type")
        .doesNotContain("  line 22: Invalid type")
        .endsWith("  … and 110 more (see --json)");
  }

  @Test
  void unsupportedExtensionOrMissingFileIsAUsageError() throws Exception {
    Files.writeString(cli.workDir.resolve("people.txt"), "ella");

    assertThat(cli.run("profiles", "import", "people.txt").exitCode()).isEqualTo(2);
    CliHarness.Result missing = cli.run("profiles", "import", "ghost.csv");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("No such file");
    assertThat(api.received()).isEmpty();
  }

  @Test
  void analystImportIsForbidden() throws Exception {
    api.onAuthed("POST", "/api/profiles/import", r -> Reply.error(403, "Forbidden"));
    Files.writeString(cli.workDir.resolve("people.csv"), "name\nella\n");

    assertThat(cli.run("profiles", "import", "people.csv").exitCode()).isEqualTo(3);
  }
}
