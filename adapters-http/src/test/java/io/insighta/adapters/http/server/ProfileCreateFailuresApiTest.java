package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.support.FakeAuthenticator;
import io.insighta.adapters.http.server.support.FakeDemographics;
import io.insighta.adapters.http.server.support.OversizedUpload;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileCreateFailuresApiTest {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Reply create(String json) {
    return app.client.post("/api/profiles").json(json).send();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\":", "{\"name\":\"a\"} trailing", "{name:'a'}", "   "})
  void malformedJsonIs400(String body) {
    Reply reply = create(body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Invalid JSON body");
  }

  @Test
  void duplicateKeysAreMalformedJson() {
    Reply reply = create("{\"name\":\"a\",\"name\":\"b\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Invalid JSON body");
  }

  @Test
  void jsonWithACharsetParameterIsAccepted() {
    Reply reply =
        app.client
            .post("/api/profiles")
            .body("application/json; charset=UTF-8", "{\"name\":\"Chidi\"}")
            .send();

    assertThat(reply.status()).isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
  void bodyOfAnotherMediaTypeIs415(String contentType) {
    Reply reply = app.client.post("/api/profiles").body(contentType, "{\"name\":\"x\"}").send();

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.message()).isEqualTo("Unsupported media type");
  }

  @Test
  void bodyWithoutContentTypeIs415() {
    Reply reply = app.client.post("/api/profiles").body(null, "{\"name\":\"x\"}").send();

    assertThat(reply.status()).isEqualTo(415);
  }

  @Test
  void bodyOverOneMebibyteIs413() {
    byte[] big = bigJson(HttpSettings.ONE_MIB + 10);

    String auth = "Bearer " + FakeAuthenticator.ADMIN;
    String declared = OversizedUpload.post(app.client.base(), "/api/profiles", auth, big, false);
    String chunked = OversizedUpload.post(app.client.base(), "/api/profiles", auth, big, true);

    assertThat(declared)
        .startsWith("HTTP/1.1 413")
        .contains("\"message\":\"Request body too large\"");
    assertThat(chunked)
        .startsWith("HTTP/1.1 413")
        .contains("\"message\":\"Request body too large\"");
  }

  @Test
  void unexpectedFailureIs500WithoutStackTraceOrDetails() {
    Reply reply = create("{\"name\":\"" + FakeDemographics.CRASH + "\"}");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.fieldNames()).containsExactly("status", "message");
    assertThat(reply.message()).isEqualTo("Internal server error");
    assertThat(reply.body()).doesNotContain("hunter2", "postgresql", "Exception", "at io.");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(reply.header("X-Request-Id")).isNotBlank();
  }

  @Test
  void unavailableStorageIs503WithRetryAfter() {
    Reply reply = create("{\"name\":\"" + FakeDemographics.STORAGE_DOWN + "\"}");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.message()).isEqualTo("Service temporarily unavailable");
    assertThat(reply.header("Retry-After")).isEqualTo("5");
    assertThat(reply.body()).doesNotContain("hunter2");
  }

  private static byte[] bigJson(long size) {
    StringBuilder json = new StringBuilder("{\"name\":\"");
    while (json.length() < size) {
      json.append('a');
    }
    return json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
