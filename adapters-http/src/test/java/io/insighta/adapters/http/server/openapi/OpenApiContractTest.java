package io.insighta.adapters.http.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The oracle the end-to-end tests rely on catches what it must, and names where. */
class OpenApiContractTest {
  private static final String PROFILE =
      "{\"id\":\"019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b\",\"name\":\"Ella\",\"gender\":\"female\","
          + "\"gender_probability\":0.98,\"age\":34,\"age_group\":\"adult\",\"country_id\":\"NG\","
          + "\"country_name\":\"Nigeria\",\"country_probability\":0.41,"
          + "\"created_at\":\"2026-04-01T12:00:00Z\"}";
  private static final Map<String, List<String>> JSON_HEADERS =
      Map.of(
          "content-type", List.of("application/json"),
          "x-request-id", List.of("abc-1"),
          "access-control-allow-origin", List.of("*"),
          "ratelimit-limit", List.of("60"),
          "ratelimit-remaining", List.of("59"),
          "ratelimit-reset", List.of("60"));

  private final OpenApiContract contract = OpenApiContract.instance();

  @Test
  void aConformingAnswerHasNoProblems() {
    assertThat(
            contract.responseProblems(
                "GET",
                "/api/profiles/019a1b2c-3d4e-7f60-8a1b-2c3d4e5f6a7b?x=1",
                200,
                JSON_HEADERS,
                "{\"status\":\"success\",\"data\":" + PROFILE + "}"))
        .isEmpty();
  }

  @Test
  void aWrongFieldIsReportedWithOperationStatusAndJsonPointer() {
    String body = "{\"status\":\"success\",\"data\":" + PROFILE.replace("34", "\"34\"") + "}";

    assertThat(contract.responseProblems("GET", "/api/profiles/x", 200, JSON_HEADERS, body))
        .singleElement()
        .asString()
        .contains("GET /api/profiles/{id} (getProfile) answered 200")
        .contains("\"/data/age\"");
  }

  @Test
  void anExtraOrMissingProfileFieldIsAViolation() {
    String extra = PROFILE.replace("{\"id\"", "{\"score\":1,\"id\"");
    String missing = PROFILE.replace("\"age\":34,", "");

    assertThat(
            contract.responseProblems(
                "GET",
                "/api/profiles/x",
                200,
                JSON_HEADERS,
                "{\"status\":\"success\",\"data\":" + extra + "}"))
        .isNotEmpty();
    assertThat(
            contract.responseProblems(
                "GET",
                "/api/profiles/x",
                200,
                JSON_HEADERS,
                "{\"status\":\"success\",\"data\":" + missing + "}"))
        .isNotEmpty();
  }

  @Test
  void anUndocumentedStatusAMissingHeaderAndAWrongContentTypeAreViolations() {
    assertThat(contract.responseProblems("GET", "/health", 418, JSON_HEADERS, "{}"))
        .singleElement()
        .asString()
        .contains("status not documented");
    assertThat(
            contract.responseProblems(
                "GET",
                "/health",
                200,
                Map.of(
                    "content-type", List.of("application/json"),
                    "access-control-allow-origin", List.of("*")),
                "{\"status\":\"ok\"}"))
        .singleElement()
        .asString()
        .contains("X-Request-Id");
    assertThat(
            contract.responseProblems(
                "GET",
                "/health",
                200,
                Map.of(
                    "content-type", List.of("text/html"),
                    "x-request-id", List.of("a"),
                    "access-control-allow-origin", List.of("*")),
                "<html>"))
        .singleElement()
        .asString()
        .contains("Content-Type text/html is not documented");
  }

  @Test
  void errorsAnywhereMustBeTheEnvelopeAndUndocumentedApiSuccessIsAViolation() {
    assertThat(
            contract.responseProblems(
                "PUT",
                "/api/profiles",
                405,
                JSON_HEADERS,
                "{\"status\":\"error\",\"message\":\"Method not allowed\"}"))
        .isEmpty();
    assertThat(contract.responseProblems("GET", "/nowhere", 404, JSON_HEADERS, "Not found"))
        .singleElement()
        .asString()
        .contains("not JSON");
    assertThat(contract.responseProblems("GET", "/api/secret", 200, JSON_HEADERS, "{}"))
        .singleElement()
        .asString()
        .contains("no such operation");
    assertThat(contract.errorEnvelopeProblems(400, "application/json", "{\"status\":\"error\"}"))
        .isNotEmpty();
  }

  @Test
  void acceptedRequestBodiesAreCheckedAgainstTheRequestSchema() {
    assertThat(
            contract.requestProblems(
                "POST", "/api/profiles", "application/json", "{\"name\":\"ella\"}"))
        .isEmpty();
    assertThat(
            contract.requestProblems("POST", "/api/profiles", "application/json", "{\"name\":7}"))
        .singleElement()
        .asString()
        .contains("createProfile")
        .contains("\"/name\"");
    assertThat(
            contract.requestProblems(
                "POST",
                "/auth/github/callback",
                "application/x-www-form-urlencoded",
                "code=test_code"))
        .isEmpty();
    assertThatThrownBy(
            () ->
                contract.assertExchange(
                    "DELETE", "/api/profiles/x", null, "", 204, Map.of(), "gone"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("deleteProfile")
        .hasMessageContaining("documented without a body");
  }
}
