package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.SeedData;
import io.insighta.adapters.http.server.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileListParametersApiTest {

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gender=",
        "age_group=",
        "country_id=",
        "min_age=",
        "max_age=",
        "min_gender_probability=",
        "min_country_probability=",
        "sort_by=",
        "order=",
        "page=",
        "limit=",
        "gender=%20",
        "gender",
        "gender=&gender=male"
      })
  void presentButEmptyParameterIs400(String query) {
    Reply reply = list("?" + query);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Missing or empty parameter");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gender=unknown",
        "age_group=elderly",
        "country_id=XX",
        "country_id=NGA",
        "country_id=1",
        "min_age=-1",
        "min_age=abc",
        "min_age=1.5",
        "max_age=99999999999",
        "min_age=30&max_age=20",
        "min_gender_probability=1.5",
        "min_gender_probability=-0.1",
        "min_gender_probability=abc",
        "min_gender_probability=NaN",
        "min_gender_probability=Infinity",
        "min_country_probability=1e400",
        "min_country_probability=0x1p-2",
        "min_country_probability=0.5d",
        "sort_by=name",
        "sort_by=name;--",
        "order=up",
        "order=desc,(select%20pg_sleep(5))",
        "page=0",
        "page=-1",
        "page=abc",
        "page=99999999999",
        "limit=0",
        "limit=-5",
        "limit=ten",
        "gender=male&gender=female",
        "page=1&page=2",
        "gender=male'%20OR%20'1'='1"
      })
  void valueOfTheWrongTypeOrOutsideItsSetIs422(String query) {
    Reply reply = list("?" + query);

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.message()).isEqualTo("Invalid query parameters");
  }

  @Test
  void valuesAreCaseInsensitiveWhereTheContractSaysSo() {
    long upper = list("?gender=FEMALE&country_id=NG").json().get("total").asLong();
    long lower = list("?gender=female&country_id=ng").json().get("total").asLong();

    assertThat(upper).isEqualTo(lower).isPositive();
  }

  @Test
  void unknownParametersAreIgnored() {
    Reply reply = list("?colour=blue&name=x");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().get("total").asLong()).isEqualTo(25);
  }
}
