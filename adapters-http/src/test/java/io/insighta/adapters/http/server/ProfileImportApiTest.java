package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfileImportApiTest {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String row(String name, String gender, int age, String country) {
    return "{\"name\":\""
        + name
        + "\",\"gender\":\""
        + gender
        + "\",\"gender_probability\":0.66,\"age\":"
        + age
        + ",\"age_group\":\"adult\",\"country_id\":\""
        + country
        + "\",\"country_name\":\"x\",\"country_probability\":0.6}";
  }

  private static Reply importBody(String contentType, String body) {
    return app.client.post("/api/profiles/import").body(contentType, body).send();
  }

  private static JsonNode summary(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.fieldNames()).containsExactly("status", "data");
    return reply.json().get("data");
  }

  @Test
  void jsonDocumentIsImportedOnceAndARerunAddsNothing() {
    String doc =
        "{\"profiles\":[\n"
            + row("Awino Hassan", "female", 30, "TZ")
            + ",\n"
            + row("Hassan Girma", "male", 37, "UG")
            + "\n]}";

    JsonNode first = summary(importBody("application/json", doc));
    JsonNode second = summary(importBody("application/json; charset=utf-8", doc));

    assertThat(Reply.names(first)).containsExactly("inserted", "skipped", "invalid", "errors");
    assertThat(first.get("inserted").asLong()).isEqualTo(2);
    assertThat(first.get("skipped").asLong()).isZero();
    assertThat(first.get("errors")).isEmpty();
    assertThat(second.get("inserted").asLong()).isZero();
    assertThat(second.get("skipped").asLong()).isEqualTo(2);
    JsonNode listed = app.client.get("/api/profiles?country_id=UG").send().json();
    assertThat(listed.at("/data/0/name").asText()).isEqualTo("Hassan Girma");
  }

  @Test
  void bareJsonArrayIsImported() {
    JsonNode result =
        summary(importBody("application/json", "[" + row("Bare Array", "male", 50, "GH") + "]"));

    assertThat(result.get("inserted").asLong()).isEqualTo(1);
  }

  @Test
  void csvWithExtraAndMissingOptionalColumnsIsImportedIdempotently() {
    String csv =
        "name,gender,gender_probability,age,country_id,country_probability,note\r\n"
            + "Csv One,male,0.9,25,KE,0.4,hello\r\n"
            + "\"Csv, Two\",female,0.8,70,ZA,0.3,\"multi\nline\"\r\n";

    JsonNode first = summary(importBody("text/csv", csv));
    JsonNode second = summary(importBody("text/csv; charset=utf-8", csv));

    assertThat(first.get("inserted").asLong()).isEqualTo(2);
    assertThat(second.get("inserted").asLong()).isZero();
    assertThat(second.get("skipped").asLong()).isEqualTo(2);
    JsonNode listed = app.client.get("/api/profiles?country_id=ZA").send().json();
    assertThat(listed.at("/data/0/name").asText()).isEqualTo("Csv, Two");
  }

  @Test
  void exportedCsvImportsBackUnchanged() {
    app.client.post("/api/profiles").json("{\"name\":\"Round Trip\"}").send();
    String csv = app.client.get("/api/profiles/export?format=csv").send().body();

    JsonNode result = summary(importBody("text/csv", csv));

    assertThat(result.get("inserted").asLong()).isZero();
    assertThat(result.get("invalid").asLong()).isZero();
  }

  @Test
  void badRowsAreCountedAndExplainedWithTheirLines() {
    String doc =
        "[\n"
            + row("Bad Gender", "robot", 30, "NG")
            + ",\n"
            + row("Bad Country", "male", 30, "ZZ")
            + ",\n"
            + "{\"gender\":\"male\"},\n"
            + "42,\n"
            + row("Good Row", "male", 30, "NG")
            + "\n]";

    JsonNode result = summary(importBody("application/json", doc));

    assertThat(result.get("inserted").asLong()).isEqualTo(1);
    assertThat(result.get("invalid").asLong()).isEqualTo(4);
    assertThat(result.get("skipped").asLong()).isEqualTo(4);
    JsonNode errors = result.get("errors");
    assertThat(errors).hasSize(4);
    assertThat(Reply.names(errors.get(0))).containsExactly("line", "reason");
    assertThat(errors.get(0).get("line").asLong()).isEqualTo(2);
    assertThat(errors.get(0).get("reason").asText()).contains("gender");
    assertThat(errors.get(1).get("line").asLong()).isEqualTo(3);
    assertThat(errors.get(1).get("reason").asText()).contains("country_id");
    assertThat(errors.get(2).get("line").asLong()).isEqualTo(4);
    assertThat(errors.get(3).get("reason").asText()).isEqualTo("entry is not a JSON object");
  }

  @Test
  void malformedJsonStopsTheImportAfterTheGoodRows() {
    String doc = "[\n" + row("Before Break", "female", 22, "NG") + ",\n{\"name\": \"Broken\" ,,}]";

    JsonNode result = summary(importBody("application/json", doc));

    assertThat(result.get("inserted").asLong()).isEqualTo(1);
    assertThat(result.get("invalid").asLong()).isEqualTo(1);
    assertThat(result.at("/errors/0/line").asLong()).isEqualTo(3);
    assertThat(result.at("/errors/0/reason").asText()).startsWith("malformed JSON");
  }

  @Test
  void csvWithoutRequiredColumnsIsOneInvalidRow() {
    JsonNode result = summary(importBody("text/csv", "name,age\nAda,30\n"));

    assertThat(result.get("inserted").asLong()).isZero();
    assertThat(result.get("invalid").asLong()).isEqualTo(1);
    assertThat(result.at("/errors/0/reason").asText())
        .isEqualTo(
            "missing column(s): gender, gender_probability, country_id, country_probability");
  }

  @Test
  void otherMediaTypeIs415() {
    Reply reply = importBody("text/plain", "name\nAda\n");

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.message()).isEqualTo("Unsupported media type");
  }

  @Test
  void analystsMayNotImport() {
    Reply reply =
        app.client
            .post("/api/profiles/import")
            .as("analyst-token")
            .body("application/json", "[]")
            .send();

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.message()).isEqualTo("Forbidden");
  }

  @Test
  void bodyOverTheImportLimitIs413() {
    try (TestApp small = TestApp.start(HttpSettings.defaults().withMaxImportBodyBytes(64))) {
      String doc = "[" + row("Too Long For The Limit", "male", 30, "NG") + "]";

      Reply declared = small.client.post("/api/profiles/import").json(doc).send();
      Reply chunked =
          small
              .client
              .post("/api/profiles/import")
              .chunked("application/json", doc.getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .send();

      assertThat(declared.status()).isEqualTo(413);
      assertThat(chunked.status()).isEqualTo(413);
      assertThat(chunked.message()).isEqualTo("Request body too large");
    }
  }
}
