package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.adapters.http.server.support.Profiles;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import io.insighta.domain.profile.Gender;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProfileStatsApiTest {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
    Instant at = Instant.parse("2026-02-01T00:00:00Z");
    app.seed(
        List.of(
            Profiles.profile("A", Gender.MALE, 0.9, 30, "NG", 0.5, at),
            Profiles.profile("B", Gender.MALE, 0.9, 40, "NG", 0.5, at),
            Profiles.profile("C", Gender.MALE, 0.9, 65, "KE", 0.5, at)));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void statisticsCountEveryGenderAndAgeGroupWithZerosAndTopCountries() {
    Reply reply = app.client.get("/api/profiles/stats").send();

    assertThat(reply.status()).isEqualTo(200);
    JsonNode data = reply.json().get("data");
    assertThat(reply.json().get("status").asText()).isEqualTo("success");
    assertThat(Reply.names(data))
        .containsExactly("total", "by_gender", "by_age_group", "top_countries");
    assertThat(data.get("total").asLong()).isEqualTo(3);
    assertThat(data.at("/by_gender/male").asLong()).isEqualTo(3);
    assertThat(data.at("/by_gender/female").asLong()).isZero();
    assertThat(Reply.names(data.get("by_age_group")))
        .containsExactly("child", "teenager", "adult", "senior");
    assertThat(data.at("/by_age_group/adult").asLong()).isEqualTo(2);
    assertThat(data.at("/by_age_group/senior").asLong()).isEqualTo(1);
    assertThat(data.at("/by_age_group/child").asLong()).isZero();
    JsonNode top = data.get("top_countries").get(0);
    assertThat(Reply.names(top)).containsExactly("country_id", "country_name", "count");
    assertThat(top.get("country_id").asText()).isEqualTo("NG");
    assertThat(top.get("country_name").asText()).isEqualTo("Nigeria");
    assertThat(top.get("count").asLong()).isEqualTo(2);
  }

  @Test
  void statisticsAreReadableByAnalysts() {
    Reply reply = app.client.get("/api/profiles/stats").as("analyst-token").send();

    assertThat(reply.status()).isEqualTo(200);
  }
}
