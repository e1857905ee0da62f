package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.SeedData;
import io.insighta.adapters.http.server.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileListApiTest {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
    app.seed(SeedData.profiles());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Reply list(String query) {
    return app.client.get("/api/profiles" + query).send();
  }

  @Test
  void defaultListIsTheFirstTenByCreationWithTheExactEnvelope() {
    Reply reply = list("");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.fieldNames())
        .containsExactly("status", "page", "limit", "total", "total_pages", "links", "data");
    JsonNode body = reply.json();
    assertThat(body.get("status").asText()).isEqualTo("success");
    assertThat(body.get("page").asInt()).isEqualTo(1);
    assertThat(body.get("limit").asInt()).isEqualTo(10);
    assertThat(body.get("total").asLong()).isEqualTo(25);
    assertThat(body.get("total_pages").asLong()).isEqualTo(3);
    assertThat(Reply.names(body.get("links"))).containsExactly("self", "next", "prev");
    assertThat(body.at("/links/self").asText()).isEqualTo("/api/profiles?page=1&limit=10");
    assertThat(body.at("/links/next").asText()).startsWith("/api/profiles?page=2&limit=10&cursor=");
    assertThat(body.at("/links/prev").isNull()).isTrue();
    assertThat(reply.rows())
        .extracting(p -> p.get("name").asText())
        .startsWith("Person 0", "Person 1");
    assertThat(reply.rows()).hasSize(10);
  }

  @Test
  void lastPageHasNoNextLink() {
    JsonNode body = list("?page=3").json();

    assertThat(body.get("data")).hasSize(5);
    assertThat(body.at("/links/self").asText()).isEqualTo("/api/profiles?page=3&limit=10");
    assertThat(body.at("/links/next").isNull()).isTrue();
    assertThat(body.at("/links/prev").asText()).isEqualTo("/api/profiles?page=2&limit=10");
  }

  @Test
  void pageBeyondTheEndIsEmptyAndPointsBackToTheLastPage() {
    JsonNode body = list("?page=9").json();

    assertThat(body.get("data")).isEmpty();
    assertThat(body.get("total").asLong()).isEqualTo(25);
    assertThat(body.at("/links/next").isNull()).isTrue();
    assertThat(body.at("/links/prev").asText()).isEqualTo("/api/profiles?page=3&limit=10");
  }

  @Test
  void noMatchesMeansZeroPagesAndNoNeighbours() {
    JsonNode body = list("?min_age=120").json();

    assertThat(body.get("total").asLong()).isZero();
    assertThat(body.get("total_pages").asLong()).isZero();
    assertThat(body.get("data")).isEmpty();
    assertThat(body.at("/links/self").asText())
        .isEqualTo("/api/profiles?min_age=120&page=1&limit=10");
    assertThat(body.at("/links/next").isNull()).isTrue();
    assertThat(body.at("/links/prev").isNull()).isTrue();
  }

  @Test
  void linksKeepActiveFiltersInCanonicalOrderAndForgetUnknownParameters() {
    JsonNode body =
        list("?limit=2&min_age=20&utm=x&country_id=ng&gender=MALE&min_gender_probability=0.50")
            .json();

    String filters = "gender=male&country_id=NG&min_age=20&min_gender_probability=0.5";
    assertThat(body.at("/links/self").asText())
        .isEqualTo("/api/profiles?" + filters + "&page=1&limit=2");
    assertThat(body.get("total").asLong()).isEqualTo(2);
    assertThat(body.at("/links/next").isNull()).isTrue();
  }

  @Test
  void sortAndOrderAppearInLinksOnlyWhenGiven() {
    JsonNode body = list("?order=desc&page=2&limit=5&sort_by=age").json();

    assertThat(body.at("/links/self").asText())
        .isEqualTo("/api/profiles?sort_by=age&order=desc&page=2&limit=5");
    assertThat(body.at("/links/next").asText())
        .startsWith("/api/profiles?sort_by=age&order=desc&page=3&limit=5&cursor=");
    assertThat(body.at("/links/prev").asText())
        .isEqualTo("/api/profiles?sort_by=age&order=desc&page=1&limit=5");
  }

  @Test
  void sortByAgeDescendingOrdersTheWholeList() {
    List<Integer> ages = new ArrayList<>();
    list("?sort_by=age&order=desc&limit=50")
        .json()
        .get("data")
        .forEach(p -> ages.add(p.get("age").asInt()));

    assertThat(ages).hasSize(25).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  @Test
  void sortByGenderProbabilityAscending() {
    List<Double> values = new ArrayList<>();
    list("?sort_by=gender_probability&limit=50")
        .json()
        .get("data")
        .forEach(p -> values.add(p.get("gender_probability").asDouble()));

    assertThat(values).isSorted();
  }

  @Test
  void filtersCombineWithAndAndBoundsAreInclusive() {
    List<JsonNode> rows = list("?gender=female&min_age=20&max_age=44&limit=50").rows();

    assertThat(rows)
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.get("gender").asText()).isEqualTo("female");
              assertThat(p.get("age").asInt()).isBetween(20, 44);
            });
    assertThat(rows).extracting(p -> p.get("age").asInt()).contains(20, 44);
  }

  @Test
  void ageGroupCountryAndProbabilityFiltersSelectExactly() {
    List<JsonNode> rows =
        list("?age_group=adult&country_id=ke&min_country_probability=0.3&limit=50").rows();

    assertThat(rows)
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.get("age_group").asText()).isEqualTo("adult");
              assertThat(p.get("country_id").asText()).isEqualTo("KE");
              assertThat(p.get("country_probability").asDouble()).isGreaterThanOrEqualTo(0.3);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"?limit=100000", "?limit=51", "?limit=99999999999999999999"})
  void limitAboveFiftyIsClamped(String query) {
    JsonNode body = list(query).json();

    assertThat(body.get("limit").asInt()).isEqualTo(50);
    assertThat(body.get("data")).hasSize(25);
    assertThat(body.get("total_pages").asLong()).isEqualTo(1);
    assertThat(body.at("/links/self").asText()).isEqualTo("/api/profiles?page=1&limit=50");
  }

  @Test
  void repeatedQueryIsServedFromTheCacheWhateverTheParameterOrder() {
    Reply first = list("?min_age=33&limit=7&gender=male");
    Reply second = list("?gender=male&limit=7&min_age=33");

    assertThat(first.header("X-Cache")).isEqualTo("MISS");
    assertThat(second.header("X-Cache")).isEqualTo("HIT");
    assertThat(second.json().get("data")).isEqualTo(first.json().get("data"));
  }
}
