package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import io.insighta.domain.profile.ProfileId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileReadDeleteApiTest {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String createProfile(String name) {
    return app.client
        .post("/api/profiles")
        .json("{\"name\":\"" + name + "\"}")
        .send()
        .json()
        .at("/data/id")
        .asText();
  }

  @Test
  void storedProfileIsReturnedById() {
    String id = createProfile("Kemi");

    Reply reply = app.client.get("/api/profiles/" + id).send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.fieldNames()).containsExactly("status", "data");
    assertThat(reply.json().get("status").asText()).isEqualTo("success");
    assertThat(reply.json().at("/data/id").asText()).isEqualTo(id);
    assertThat(reply.json().at("/data/name").asText()).isEqualTo("Kemi");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01900000-0000-7000-8000-000000000000",
        "not-a-uuid",
        "12345",
        "01900000-0000-7000-8000-00000000000g"
      })
  void unknownOrMalformedIdIs404(String id) {
    Reply reply = app.client.get("/api/profiles/" + id).send();

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.message()).isEqualTo("Profile not found");
  }

  @Test
  void aProfileIsServedFromTheCacheUnlessTheRequestAsksForNoCache() {
    String id = createProfile("Lola");
    assertThat(app.client.get("/api/profiles/" + id).send().status()).isEqualTo(200);

    // Removed behind the API's back: nothing invalidates the cached copy.
    app.store.delete(ProfileId.parse(id).orElseThrow());

    assertThat(app.client.get("/api/profiles/" + id).send().status()).isEqualTo(200);
    Reply fresh = app.client.get("/api/profiles/" + id).header("Cache-Control", "no-cache").send();
    assertThat(fresh.status()).isEqualTo(404);
  }

  @Test
  void deleteAnswers204WithAnEmptyBodyAndTheProfileIsGone() {
    String id = createProfile("Dayo");
    assertThat(app.client.get("/api/profiles/" + id).send().status()).isEqualTo(200);

    Reply deleted = app.client.delete("/api/profiles/" + id).send();

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(app.client.get("/api/profiles/" + id).send().status()).isEqualTo(404);
    Reply again = app.client.delete("/api/profiles/" + id).send();
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.message()).isEqualTo("Profile not found");
  }

  @Test
  void deleteOfAMalformedIdIs404() {
    Reply reply = app.client.delete("/api/profiles/nope").send();

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.message()).isEqualTo("Profile not found");
  }

  @Test
  void deletedNameCanBeCreatedAgainAsANewProfile() {
    String first = createProfile("Femi");
    app.client.delete("/api/profiles/" + first).send();

    Reply recreated = app.client.post("/api/profiles").json("{\"name\":\"Femi\"}").send();

    assertThat(recreated.status()).isEqualTo(201);
    assertThat(recreated.json().at("/data/id").asText()).isNotEqualTo(first);
  }
}
