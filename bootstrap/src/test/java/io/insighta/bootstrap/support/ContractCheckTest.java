package io.insighta.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hook every end-to-end request goes through really checks both directions. */
class ContractCheckTest {
  private static final URI TOKENS = URI.create("http://127.0.0.1:1/api/tokens");
  private static final HttpHeaders CREATED =
      HttpHeaders.of(
          Map.of(
              "Content-Type", List.of("application/json"),
              "X-Request-Id", List.of("r-1"),
              "Access-Control-Allow-Origin", List.of("*"),
              "RateLimit-Limit", List.of("60"),
              "RateLimit-Remaining", List.of("59"),
              "RateLimit-Reset", List.of("60")),
          (name, value) -> true);
  private static final String ISSUED =
      "{\"status\":\"success\",\"data\":{\"id\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7c\","
          + "\"name\":\"ci\",\"scope\":\"read\",\"token\":\"insighta_pat_"
          + "q3Zr0x8yJmI2bQk1tWvN5cHsLpE7aFgD9uRoYiKzXwU\",\"created_at\":\"2026-04-01T12:00:00Z\","
          + "\"expires_at\":\"2026-05-01T12:00:00Z\",\"last_used_at\":null}}";

  @Test
  void theRequestBodyIsReadBackAsSent() {
    HttpRequest request =
        HttpRequest.newBuilder(TOKENS)
            .POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"é\"}"))
            .build();

    assertThat(RequestBodies.text(request)).isEqualTo("{\"a\":\"é\"}");
    assertThat(RequestBodies.text(HttpRequest.newBuilder(TOKENS).GET().build())).isEmpty();
  }

  @Test
  void anAcceptedRequestWhoseBodyBreaksTheDocumentFails() {
    HttpRequest valid = post("{\"name\":\"ci\",\"scope\":\"read\"}");
    HttpRequest invalid = post("{\"name\":\"ci\",\"scope\":\"admin\"}");

    assertThat(ContractCheck.checked(valid, new HttpResult(201, CREATED, ISSUED)).status())
        .isEqualTo(201);
    assertThatThrownBy(() -> ContractCheck.checked(invalid, new HttpResult(201, CREATED, ISSUED)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("POST /api/tokens (createPersonalAccessToken) request body")
        .hasMessageContaining("\"/scope\"");
  }

  @Test
  void aResponseThatBreaksTheDocumentFails() {
    assertThatThrownBy(
            () ->
                ContractCheck.checked(
                    post("{\"name\":\"ci\"}"),
                    new HttpResult(201, CREATED, ISSUED.replace("\"scope\":\"read\",", ""))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("answered 201")
        .hasMessageContaining("\"/data\"");
  }

  private static HttpRequest post(String json) {
    return HttpRequest.newBuilder(TOKENS)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }
}
