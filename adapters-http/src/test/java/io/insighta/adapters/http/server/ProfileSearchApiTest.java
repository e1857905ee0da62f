package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.adapters.http.server.support.Profiles;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.SeedData;
import io.insighta.adapters.http.server.support.TestApp;
import io.insighta.domain.profile.Gender;
import io.insighta.domain.profile.Profile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileSearchApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
    List<Profile> seed = new ArrayList<>(SeedData.profiles());
    Instant at = Instant.parse("2026-03-01T00:00:00Z");
    seed.add(Profiles.profile("Young Man", Gender.MALE, 0.8, 20, "NG", 0.5, at));
    seed.add(Profiles.profile("Teen Girl", Gender.FEMALE, 0.8, 18, "KE", 0.5, at));
    seed.add(Profiles.profile("Kenyan Adult", Gender.MALE, 0.8, 35, "KE", 0.5, at));
    app.seed(seed);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Reply search(String q) {
    return app.client
        .get("/api/profiles/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
        .send();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "young males|{\"gender\":\"male\",\"min_age\":16,\"max_age\":24}",
        "females above 30|{\"gender\":\"female\",\"min_age\":30}",
        "people from angola|{\"country_id\":\"AO\"}",
        "adult males from kenya|{\"gender\":\"male\",\"age_group\":\"adult\",\"country_id\":\"KE\"}",
        "male and female teenagers above 17|{\"age_group\":\"teenager\",\"min_age\":17}"
      })
  void requiredQueriesAreInterpretedAndFilterTheList(String q, String interpreted)
      throws Exception {
    Reply reply = search(q);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.fieldNames())
        .containsExactly(
            "status", "page", "limit", "total", "total_pages", "links", "data", "interpreted_as");
    JsonNode expected = JSON.readTree(interpreted);
    assertThat(reply.json().get("interpreted_as")).isEqualTo(expected);
    assertThat(Reply.names(reply.json().get("interpreted_as")))
        .containsExactlyElementsOf(Reply.names(expected));
    assertThat(reply.json().get("total").asLong()).isPositive();
    reply.json().get("data").forEach(p -> assertMatches(p, expected));
  }

  private static void assertMatches(JsonNode profile, JsonNode filter) {
    if (filter.has("gender")) {
      assertThat(profile.get("gender")).isEqualTo(filter.get("gender"));
    }
    if (filter.has("age_group")) {
      assertThat(profile.get("age_group")).isEqualTo(filter.get("age_group"));
    }
    if (filter.has("country_id")) {
      assertThat(profile.get("country_id")).isEqualTo(filter.get("country_id"));
    }
    if (filter.has("min_age")) {
      assertThat(profile.get("age").asInt()).isGreaterThanOrEqualTo(filter.get("min_age").asInt());
    }
    if (filter.has("max_age")) {
      assertThat(profile.get("age").asInt()).isLessThanOrEqualTo(filter.get("max_age").asInt());
    }
  }

  @Test
  void linksKeepThePercentEncodedQueryAndTheChosenSort() {
    Reply reply =
        app.client
            .get("/api/profiles/search?limit=1&q=people+from+angola&order=desc&sort_by=age")
            .send();

    String prefix = "/api/profiles/search?q=people%20from%20angola&sort_by=age&order=desc";
    JsonNode links = reply.json().get("links");
    assertThat(links.get("self").asText()).isEqualTo(prefix + "&page=1&limit=1");
    assertThat(links.get("next").asText()).startsWith(prefix + "&page=2&limit=1&cursor=");
    assertThat(links.get("prev").isNull()).isTrue();
    assertThat(reply.json().get("limit").asInt()).isEqualTo(1);
  }

  @Test
  void searchLimitIsClampedLikeTheList() {
    Reply reply = app.client.get("/api/profiles/search?q=males&limit=100000").send();

    assertThat(reply.json().get("limit").asInt()).isEqualTo(50);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "?q=", "?q=%20%20", "?other=1"})
  void missingOrEmptyQueryIs400(String query) {
    Reply reply = app.client.get("/api/profiles/search" + query).send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Missing or empty parameter");
  }

  @Test
  void queryGivenTwiceIs422() {
    Reply reply = app.client.get("/api/profiles/search?q=males&q=females").send();

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.message()).isEqualTo("Invalid query parameters");
  }

  @Test
  void invalidPagingOfASearchIs422() {
    Reply reply = app.client.get("/api/profiles/search?q=males&page=0").send();

    assertThat(reply.status()).isEqualTo(422);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xyzzy plugh", "the of and", "%_\\"})
  void uninterpretableQueryIs400(String q) {
    Reply reply = search(q);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Unable to interpret query");
  }

  @Test
  void repeatedSearchIsACacheHit() {
    Reply first = search("females above 31");
    Reply second = search("females above 31");

    assertThat(first.header("X-Cache")).isEqualTo("MISS");
    assertThat(second.header("X-Cache")).isEqualTo("HIT");
  }
}
