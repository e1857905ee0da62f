package io.insighta.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.client.demographics.FakeDemographicsServer;
import io.insighta.cli.support.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writing commands (create, delete, import) against the real server, as an admin and as an
 * analyst who both signed in through the browser flow; each test uses its own countries.
 */
class ProfileAdminCommandsEndToEndTest {
  @TempDir static Path temp;
  private static LiveServer server;
  private static CliHarness admin;
  private static CliHarness analyst;

  @BeforeAll
  static void start() {
    server = LiveServer.start(Clock.systemUTC());
    admin = server.cli(temp.resolve("admin"), Clock.systemUTC());
    analyst = server.cli(temp.resolve("analyst"), Clock.systemUTC());
    server.login(admin, LiveServer.ADMIN);
    server.login(analyst, LiveServer.ANALYST);
    KenyanProfiles.seed(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void adminCreatesAProfileFromTheDemographicServicesOnce() {
    server.demographics().knowName("Ngozi", "female", 0.96, 31, "NG", 0.74);

    CliHarness.Result created = admin.run("profiles", "create", "--name", "Ngozi");
    CliHarness.Result again = admin.run("profiles", "create", "--name", " NGOZI ");

    assertThat(created.exitCode()).as(created.err()).isZero();
    List<String> lines = created.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Profile created");
    assertThat(lines.get(1)).matches("id {19}[0-9a-f-]{36}");
    assertThat(lines.subList(2, lines.size()))
        .startsWith(
            "name                 Ngozi",
            "gender               female",
            "gender_probability   0.96",
            "age                  31",
            "age_group            adult",
            "country_id           NG",
            "country_name         Nigeria",
            "country_probability  0.74");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out().lines()).first().isEqualTo("Profile already exists");
    assertThat(again.out()).contains(lines.get(1)).contains("name                 Ngozi");
  }

  @Test
  void createOfANameNoServiceKnowsPrintsTheUpstreamError() {
    CliHarness.Result result = admin.run("profiles", "create", "--name", "Qwxyzzy");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).matches("Error: \\w+ returned an invalid response\\R");
  }

  @Test
  void adminDeletesAProfileAndItIsGone() {
    server.demographics().knowName("Tunde", "male", 0.97, 44, "BJ", 0.33);
    String created = admin.run("profiles", "create", "--name", "Tunde").out();
    String id = created.lines().toList().get(1).substring("id".length()).strip();

    CliHarness.Result deleted = admin.run("profiles", "delete", id);
    CliHarness.Result lookup = admin.run("profiles", "get", id);

    assertThat(deleted.exitCode()).as(deleted.err()).isZero();
    assertThat(deleted.out()).isEqualTo("Deleted profile " + id + System.lineSeparator());
    assertThat(lookup.exitCode()).isEqualTo(1);
    assertThat(lookup.err()).contains("Profile not found");
    assertThat(admin.run("profiles", "delete", id).err()).contains("Profile not found");
  }

  @Test
  void analystIsRefusedCreateDeleteAndImportWithTheServerMessage() throws Exception {
    server.demographics().knowName("Kwame", "male", 0.91, 17, "GH", 0.66);
    int lookups = server.demographics().calls(FakeDemographicsServer.GENDERIZE);
    String kenyan = server.idOf("/api/profiles?country_id=KE&min_age=65");
    Path file = analyst.workDir.resolve("one.json");
    Files.writeString(file, "[]");

    CliHarness.Result create = analyst.run("profiles", "create", "--name", "Kwame");
    CliHarness.Result delete = analyst.run("profiles", "delete", kenyan);
    CliHarness.Result importing = analyst.run("profiles", "import", "one.json");

    for (CliHarness.Result refused : List.of(create, delete, importing)) {
      assertThat(refused.exitCode()).isEqualTo(3);
      assertThat(refused.err()).isEqualTo("Error: Forbidden" + System.lineSeparator());
    }
    assertThat(server.demographics().calls(FakeDemographicsServer.GENDERIZE)).isEqualTo(lookups);
    assertThat(analyst.run("profiles", "get", kenyan).exitCode()).isZero();
  }

  @Test
  void importOfACsvFileReportsTheServerSummaryAndItsErrors() throws Exception {
    Files.writeString(
        admin.workDir.resolve("ghana.csv"),
        """
        name,gender,gender_probability,age,country_id,country_probability
        Kofi,male,0.93,30,GH,0.61
        Akosua,female,0.9,12,GH,0.55
        Yaw,male,0.8,old,GH,0.5
        """);

    CliHarness.Result result = admin.run("profiles", "import", "ghana.csv");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines())
        .containsExactly(
            "Imported ghana.csv: 2 inserted, 1 skipped, 1 errors",
            "  line 4: age must be a whole number");
    assertThat(result.err()).contains("Uploaded");
    assertThat(TableText.names(analyst.run("profiles", "list", "--country", "GH").out()))
        .containsExactly("Kofi", "Akosua");
  }

  @Test
  void importCountsEveryInvalidRowThoughTheServerListsOnlyTheFirst() throws Exception {
    StringBuilder csv =
        new StringBuilder("name,gender,gender_probability,age,country_id,country_probability\n");
    for (int i = 0; i < 130; i++) {
      csv.append("Nobody").append(i).append(",robot,0.5,30,UG,0.5\n");
    }
    Files.writeString(admin.workDir.resolve("robots.csv"), csv);

    CliHarness.Result result = admin.run("profiles", "import", "robots.csv");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Imported robots.csv: 0 inserted, 130 skipped, 130 errors");
    assertThat(lines.subList(1, 21))
        .allSatisfy(line -> assertThat(line).endsWith(": gender must be male or female"));
    assertThat(lines.get(1)).startsWith("  line 2:");
    assertThat(lines.get(21)).isEqualTo("  … and 110 more (see --json)");
    assertThat(lines).hasSize(22);
  }

  @Test
  void importOfAJsonFileInsertsOnceAndSkipsTheSameNamesAfterwards() throws Exception {
    Files.writeString(
        admin.workDir.resolve("tanzania.json"),
        "{\"profiles\":["
            + "{\"name\":\"Neema\",\"gender\":\"female\",\"gender_probability\":0.94,"
            + "\"age\":26,\"country_id\":\"TZ\",\"country_probability\":0.57},"
            + "{\"name\":\"Baraka Juma\",\"gender\":\"male\",\"gender_probability\":0.88,"
            + "\"age\":61,\"country_id\":\"TZ\",\"country_probability\":0.49}]}");

    CliHarness.Result first = admin.run("profiles", "import", "tanzania.json");
    CliHarness.Result second = admin.run("profiles", "import", "tanzania.json", "--json");

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .isEqualTo(
            "Imported tanzania.json: 2 inserted, 0 skipped, 0 errors" + System.lineSeparator());
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("\"inserted\":0", "\"skipped\":2");
    CliHarness.Result seniors =
        analyst.run("profiles", "list", "--country", "TZ", "--age-group", "senior");
    assertThat(TableText.names(seniors.out())).containsExactly("Baraka Juma");
  }

  @Test
  void importOfAFileWithAnotherExtensionIsAUsageError() throws Exception {
    Files.writeString(admin.workDir.resolve("notes.txt"), "name\nKofi\n");

    CliHarness.Result result = admin.run("profiles", "import", "notes.txt");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("FILE must end in .json or .csv");
  }
}
