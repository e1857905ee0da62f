package io.insighta.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfilesEndToEndTest {
  private static ServerFixture server;
  private static String admin;
  private static String analyst;

  @BeforeAll
  static void start() {
    server = ServerFixture.start();
    server.demographics().knowName("Ella", "female", 0.98, 34, "NG", 0.41);
    server.demographics().knowName("Kwame", "male", 0.91, 17, "GH", 0.66);
    admin = server.accessToken("test_code");
    analyst = server.accessToken("analyst_test_code");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void createdProfileIsListedSearchedExportedAndDeleted() {
    HttpResult created = create("Ella");
    assertThat(created.status()).isEqualTo(201);
    JsonNode profile = created.json().get("data");
    assertThat(profile.get("country_name").asText()).isEqualTo("Nigeria");
    assertThat(profile.get("age_group").asText()).isEqualTo("adult");

    HttpResult again = create("  ELLA ");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("message").asText()).isEqualTo("Profile already exists");
    assertThat(again.json().at("/data/id").asText()).isEqualTo(profile.get("id").asText());

    String id = profile.get("id").asText();
    assertThat(server.get("/api/profiles/" + id, analyst).json().at("/data/name").asText())
        .isEqualTo("Ella");
    HttpResult list = server.get("/api/profiles?country_id=ng&gender=FEMALE", analyst);
    assertThat(list.json().get("total").asLong()).isEqualTo(1);
    assertThat(list.json().at("/links/self").asText())
        .isEqualTo("/api/profiles?gender=female&country_id=NG&page=1&limit=10");
    HttpResult search = server.get("/api/profiles/search?q=women%20from%20nigeria", analyst);
    assertThat(search.json().at("/data/0/id").asText()).isEqualTo(id);
    HttpResult csv = server.get("/api/profiles/export?format=csv&country_id=NG", analyst);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body().lines())
        .first()
        .isEqualTo(
            "id,name,gender,gender_probability,age,age_group,country_id,country_name,"
                + "country_probability,created_at");
    assertThat(csv.body()).contains(id + ",Ella,female,0.98,34,adult,NG,Nigeria,0.41,");

    HttpResult deleted = server.send(server.api("/api/profiles/" + id, admin).DELETE());
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(server.get("/api/profiles/" + id, analyst).status()).isEqualTo(404);
  }

  @Test
  void analystMayReadButNotCreate() {
    HttpResult refused =
        server.send(
            server
                .api("/api/profiles", analyst)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Kwame\"}")));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(server.get("/api/profiles", analyst).status()).isEqualTo(200);
  }

  @Test
  void profileRoutesNeedTheVersionHeaderAndCredentials() {
    HttpResult noVersion =
        server.send(
            HttpRequest.newBuilder(server.url("/api/profiles"))
                .header("Authorization", "Bearer " + analyst)
                .GET());
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.json().get("message").asText()).isEqualTo("API version header required");
    HttpResult anonymous =
        server.send(
            HttpRequest.newBuilder(server.url("/api/profiles")).header("X-API-Version", "1").GET());
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.json().get("message").asText()).isEqualTo("Authentication required");
  }

  @Test
  void healthAndReadinessAnswerWithoutCredentials() {
    assertThat(server.send(HttpRequest.newBuilder(server.url("/health")).GET()).body())
        .isEqualTo("{\"status\":\"ok\"}");
    HttpResult ready = server.send(HttpRequest.newBuilder(server.url("/health/ready")).GET());
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().at("/components/database").asText()).isEqualTo("up");
  }

  private static HttpResult create(String name) {
    return server.send(
        server
            .api("/api/profiles", admin)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")));
  }
}
