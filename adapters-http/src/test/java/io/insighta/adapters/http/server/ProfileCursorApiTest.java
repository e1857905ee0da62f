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

/** Keyset paging: the cursor in next links, following it, and cursors that do not fit. */
class ProfileCursorApiTest {

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

  private static Reply get(String pathAndQuery) {
    return app.client.get(pathAndQuery).send();
  }

  private static List<String> names(JsonNode body) {
    List<String> names = new ArrayList<>();
    body.get("data").forEach(p -> names.add(p.get("name").asText()));
    return names;
  }

  @Test
  void followingNextLinksWalksTheListLikePageNumbersWithExactTotals() {
    String link = "/api/profiles?sort_by=age&order=desc&limit=4";
    List<String> walked = new ArrayList<>();
    int pages = 0;
    while (link != null && pages < 20) {
      JsonNode body = get(link).json();
      pages++;
      assertThat(body.get("page").asInt()).isEqualTo(pages);
      assertThat(body.get("total").asLong()).isEqualTo(25);
      assertThat(body.get("total_pages").asLong()).isEqualTo(7);
      walked.addAll(names(body));
      link = body.at("/links/next").isNull() ? null : body.at("/links/next").asText();
    }

    List<String> byNumber = new ArrayList<>();
    for (int page = 1; page <= 7; page++) {
      byNumber.addAll(
          names(get("/api/profiles?sort_by=age&order=desc&limit=4&page=" + page).json()));
    }
    assertThat(pages).isEqualTo(7);
    assertThat(walked).isEqualTo(byNumber).hasSize(25);
  }

  @Test
  void aCursorAloneOpensThePageAndLimitItWasIssuedFor() {
    String next = get("/api/profiles?limit=3").json().at("/links/next").asText();
    String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());

    JsonNode body = get("/api/profiles?cursor=" + cursor).json();

    assertThat(body.get("page").asInt()).isEqualTo(2);
    assertThat(body.get("limit").asInt()).isEqualTo(3);
    assertThat(names(body)).isEqualTo(names(get("/api/profiles?page=2&limit=3").json()));
    assertThat(body.at("/links/self").asText())
        .isEqualTo("/api/profiles?page=2&limit=3&cursor=" + cursor);
  }

  @Test
  void aCursorReplayedOnAnotherQueryOrPageIsRejected() {
    String next = get("/api/profiles?gender=male&limit=2").json().at("/links/next").asText();
    String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());

    for (String replay :
        List.of(
            "/api/profiles?gender=female&limit=2&cursor=",
            "/api/profiles?gender=male&limit=2&sort_by=age&cursor=",
            "/api/profiles?gender=male&limit=2&page=3&cursor=",
            "/api/profiles?gender=male&limit=5&cursor=")) {
      Reply reply = get(replay + cursor);
      assertThat(reply.status()).as(replay).isEqualTo(422);
      assertThat(reply.message()).isEqualTo("Invalid query parameters");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nonsense", "AAAA", "%2B%2F"})
  void aMalformedCursorIsInvalid(String cursor) {
    Reply reply = get("/api/profiles?cursor=" + cursor);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.message()).isEqualTo("Invalid query parameters");
  }

  @Test
  void searchLinksCarryACursorBoundToTheInterpretedFilter() {
    JsonNode first = get("/api/profiles/search?q=males&limit=2").json();
    String next = first.at("/links/next").asText();
    String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());

    JsonNode second = get(next).json();
    Reply samePhrasing = get("/api/profiles/search?q=men&page=2&limit=2&cursor=" + cursor);
    Reply otherQuery = get("/api/profiles/search?q=women&page=2&limit=2&cursor=" + cursor);

    assertThat(second.get("page").asInt()).isEqualTo(2);
    assertThat(names(second))
        .isEqualTo(names(get("/api/profiles/search?q=males&page=2&limit=2").json()));
    assertThat(samePhrasing.status()).isEqualTo(200);
    assertThat(otherQuery.status()).isEqualTo(422);
  }

  @Test
  void noCacheAsksForAFreshPage() {
    get("/api/profiles?country_id=NG");

    Reply cached = get("/api/profiles?country_id=NG");
    Reply fresh =
        app.client.get("/api/profiles?country_id=NG").header("Cache-Control", "no-cache").send();

    assertThat(cached.header("X-Cache")).isEqualTo("HIT");
    assertThat(fresh.header("X-Cache")).isEqualTo("MISS");
    assertThat(fresh.json().get("data")).isEqualTo(cached.json().get("data"));
  }
}
