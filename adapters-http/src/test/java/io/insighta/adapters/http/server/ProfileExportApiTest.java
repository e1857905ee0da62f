package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.support.Profiles;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.SeedData;
import io.insighta.adapters.http.server.support.TestApp;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfileExportApiTest {

  private static final String HEADER =
      "id,name,gender,gender_probability,age,age_group,country_id,country_name,"
          + "country_probability,created_at";
  private static final String TRICKY = "O'Neil, \"Ace\" Jr";
  private static final List<String> FORMULAS =
      List.of("=HYPERLINK(\"https://evil.example\",\"x\")", "+1+2", "-3", "@SUM(A1)");
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
    List<Profile> seed = new ArrayList<>(SeedData.profiles());
    seed.add(
        Profiles.profile(
            TRICKY, Gender.MALE, 0.75, 44, "CI", 0.3, Instant.parse("2026-05-01T08:09:10Z")));
    for (String formula : FORMULAS) {
      seed.add(
          Profiles.profile(
              formula, Gender.FEMALE, 0.9, 30, "TV", 0.5, Instant.parse("2026-05-02T08:09:10Z")));
    }
    app.seed(seed);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Reply export(String query) {
    return app.client.get("/api/profiles/export" + query).send();
  }

  private static List<CSVRecord> rows(Reply reply) throws IOException {
    return CSVFormat.DEFAULT.parse(new StringReader(reply.body())).getRecords();
  }

  @Test
  void exportIsAnAttachmentOfCsvWithTheExactHeaderRow() {
    Reply reply = export("?format=csv");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).isEqualToIgnoringCase("text/csv; charset=utf-8");
    assertThat(reply.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"profiles_20260401T120000Z.csv\"");
    assertThat(reply.body()).startsWith(HEADER + "\r\n");
  }

  @Test
  void namesWithCommasAndQuotesAreQuotedPerRfc4180() throws IOException {
    Reply reply = export("?format=csv&country_id=CI");

    assertThat(reply.body()).contains("\"O'Neil, \"\"Ace\"\" Jr\"");
    List<CSVRecord> rows = rows(reply);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(1)).isEqualTo(TRICKY);
    assertThat(rows.get(1).get(6)).isEqualTo("CI");
    assertThat(rows.get(1).get(9)).isEqualTo("2026-05-01T08:09:10Z");
  }

  @Test
  void cellsThatASpreadsheetWouldRunAsAFormulaAreExportedAsText() throws IOException {
    List<CSVRecord> rows = rows(export("?format=csv&country_id=TV&sort_by=created_at"));

    assertThat(rows.subList(1, rows.size()))
        .extracting(row -> row.get(1))
        .containsExactlyInAnyOrderElementsOf(FORMULAS.stream().map(f -> "'" + f).toList());
  }

  @Test
  void exportHasTheSameRowsInTheSameOrderAsTheListWithTheSameFilterAndSort() throws IOException {
    String filter = "gender=male&sort_by=age&order=desc";
    Reply csv = export("?format=csv&" + filter);
    JsonNode list = app.client.get("/api/profiles?limit=50&" + filter).send().json();

    List<CSVRecord> rows = rows(csv);
    List<String> header = rows.get(0).toList();
    JsonNode data = list.get("data");
    assertThat(rows).hasSize(data.size() + 1);
    for (int i = 0; i < data.size(); i++) {
      CSVRecord row = rows.get(i + 1);
      JsonNode profile = data.get(i);
      for (int column = 0; column < header.size(); column++) {
        assertThat(row.get(column)).isEqualTo(profile.get(header.get(column)).asText());
      }
    }
  }

  @Test
  void exportIgnoresPaging() throws IOException {
    Reply reply = export("?format=csv&limit=1&page=3");

    assertThat(rows(reply)).hasSize(SeedData.SIZE + 2 + FORMULAS.size());
  }

  @Test
  void missingFormatIs400() {
    Reply reply = export("");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Missing or empty parameter");
    assertThat(reply.header("Content-Disposition")).isNull();
  }

  @Test
  void otherFormatIs422() {
    Reply reply = export("?format=xml");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.message()).isEqualTo("Invalid query parameters");
    assertThat(reply.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void invalidFilterIs422() {
    Reply reply = export("?format=csv&gender=robot");

    assertThat(reply.status()).isEqualTo(422);
  }

  @Test
  void analystsMayExport() {
    Reply reply = app.client.get("/api/profiles/export?format=csv").as("analyst-token").send();

    assertThat(reply.status()).isEqualTo(200);
  }
}
