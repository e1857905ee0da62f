package io.insighta.adapters.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlEncodingTest {

  @Test
  void encodesSpacesAsPercentTwentyAndNonAsciiAsUtf8() {
    assertThat(UrlEncoding.component("Ñoño a+b/c")).isEqualTo("%C3%91o%C3%B1o%20a%2Bb%2Fc");
  }

  @Test
  void queryKeepsParameterOrder() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("b", "1 2");
    parameters.put("a", "x=y");

    assertThat(UrlEncoding.query(parameters)).isEqualTo("b=1%202&a=x%3Dy");
  }

  @Test
  void resolveIgnoresATrailingSlashOnTheBase() {
    assertThat(UrlEncoding.resolve(URI.create("https://ghe.example/api/v3/"), "/user"))
        .isEqualTo(URI.create("https://ghe.example/api/v3/user"));
  }

  @Test
  void withQueryAppendsToAnExistingQuery() {
    assertThat(UrlEncoding.withQuery(URI.create("http://h/p?k=v"), "name=x"))
        .isEqualTo(URI.create("http://h/p?k=v&name=x"));
    assertThat(UrlEncoding.withQuery(URI.create("http://h"), "name=x"))
        .isEqualTo(URI.create("http://h?name=x"));
  }
}
