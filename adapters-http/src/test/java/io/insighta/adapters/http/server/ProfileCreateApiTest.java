package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.support.FakeDemographics;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import io.insighta.domain.profile.ProfileName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileCreateApiTest {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Reply create(String json) {
    return app.client.post("/api/profiles").json(json).send();
  }

  @Test
  void newNameIsCreatedWithTheTenFieldsInOrder() {
    Reply reply = create("{\"name\":\"  Ella  \"}");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.fieldNames()).containsExactly("status", "data");
    JsonNode data = reply.json().get("data");
    assertThat(Reply.names(data))
        .containsExactly(
            "id",
            "name",
            "gender",
            "gender_probability",
            "age",
            "age_group",
            "country_id",
            "country_name",
            "country_probability",
            "created_at");
    assertThat(data.get("name").asText()).isEqualTo("Ella");
    assertThat(data.get("country_id").asText()).isEqualTo("NG");
    assertThat(data.get("country_name").asText()).isEqualTo("Nigeria");
    assertThat(data.get("created_at").asText()).isEqualTo("2026-04-01T12:00:00Z");
    assertThat(data.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-.*");
    assertThat(reply.header("Location")).isEqualTo("/api/profiles/" + data.get("id").asText());
    assertThat(reply.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void existingNameInAnyCaseAnswers200WithTheStoredProfile() {
    String id = create("{\"name\":\"Bruno\"}").json().at("/data/id").asText();

    Reply again = create("{\"name\":\"BRUNO\"}");

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.fieldNames()).containsExactly("status", "message", "data");
    assertThat(again.message()).isEqualTo("Profile already exists");
    assertThat(again.json().at("/data/id").asText()).isEqualTo(id);
    assertThat(again.json().at("/data/name").asText()).isEqualTo("Bruno");
  }

  @Test
  void nfdSpellingOfAStoredNfcNameIsTheSameProfile() {
    String id = create("{\"name\":\"Jos\u00e9\"}").json().at("/data/id").asText();

    Reply nfd = create("{\"name\":\"Jose\u0301\"}");

    assertThat(nfd.status()).isEqualTo(200);
    assertThat(nfd.json().at("/data/id").asText()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"name\":null}", "{\"name\":\"\"}", "{\"name\":\"   \"}"})
  void missingOrEmptyNameIs400(String body) {
    Reply reply = create(body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("status").asText()).isEqualTo("error");
    assertThat(reply.message()).isEqualTo("Missing or empty name");
  }

  @Test
  void postWithoutAnyBodyIsAMissingName() {
    Reply reply = app.client.post("/api/profiles").send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Missing or empty name");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"{\"name\":123}", "{\"name\":true}", "{\"name\":[\"a\"]}", "{\"name\":{}}", "[]"})
  void nameThatIsNotAStringIs422InvalidType(String body) {
    Reply reply = create(body);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.message()).isEqualTo("Invalid type");
  }

  @Test
  void nameWithControlCharactersIs422WithTheReason() {
    Reply reply = create("{\"name\":\"bad\\u0007name\"}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.message()).isEqualTo("Name contains control or invisible characters");
  }

  @ParameterizedTest
  @CsvSource({
    FakeDemographics.NO_GENDER + ",Genderize",
    FakeDemographics.NO_AGE + ",Agify",
    FakeDemographics.NO_COUNTRY + ",Nationalize"
  })
  void failingDemographicServiceIs502AndNothingIsStored(String name, String service) {
    Reply reply = create("{\"name\":\"" + name + "\"}");

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.message()).isEqualTo(service + " returned an invalid response");
    assertThat(app.store.findByName(new ProfileName(name))).isEmpty();
  }

  @Test
  void fiveSimultaneousCreatesOfOneNameGiveOne201AndFour200WithTheSameId() throws Exception {
    app.demographics.gather(5);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      List<Future<Reply>> futures = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        futures.add(pool.submit(() -> create("{\"name\":\"Together Tolu\"}")));
      }
      List<Reply> replies = new ArrayList<>();
      for (Future<Reply> future : futures) {
        replies.add(future.get());
      }

      assertThat(replies)
          .extracting(Reply::status)
          .containsExactlyInAnyOrder(201, 200, 200, 200, 200);
      assertThat(replies)
          .extracting(r -> r.json().at("/data/id").asText())
          .containsOnly(replies.get(0).json().at("/data/id").asText());
    } finally {
      pool.shutdownNow();
    }
  }
}
