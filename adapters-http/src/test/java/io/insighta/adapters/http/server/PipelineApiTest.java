package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PipelineApiTest {

  private static final String PORTAL = "https://portal.example";
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(HttpSettings.defaults().withCredentialedOrigins(List.of(PORTAL + "/")));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void everyResponseGetsAFreshRequestId() {
    String first = app.client.get("/health").send().header("X-Request-Id");
    String second = app.client.get("/health").send().header("X-Request-Id");

    assertThat(first).matches("[0-9a-f-]{36}");
    assertThat(second).isNotEqualTo(first);
  }

  @Test
  void saneIncomingRequestIdIsKeptAndInsaneOneReplaced() {
    Reply kept = app.client.get("/health").header("X-Request-Id", "trace-42.a_b:c").send();
    Reply markup = app.client.get("/health").header("X-Request-Id", "bad id <script>").send();
    Reply huge = app.client.get("/health").header("X-Request-Id", "a".repeat(200)).send();

    assertThat(kept.header("X-Request-Id")).isEqualTo("trace-42.a_b:c");
    assertThat(markup.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    assertThat(huge.header("X-Request-Id")).matches("[0-9a-f-]{36}");
  }

  @Test
  void wildcardOriginOnSuccessAndErrorResponses() {
    Reply ok = app.client.get("/api/profiles").header("Origin", "https://grader.example").send();
    Reply error = app.client.get("/nowhere").header("Origin", "https://grader.example").send();

    assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(ok.header("Access-Control-Allow-Credentials")).isNull();
    assertThat(error.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(ok.header("Access-Control-Expose-Headers")).contains("X-Request-Id", "X-Cache");
  }

  @Test
  void configuredPortalOriginIsEchoedWithCredentialsNeverWithWildcard() {
    Reply reply = app.client.get("/api/profiles").header("Origin", PORTAL).send();

    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(PORTAL);
    assertThat(reply.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(reply.header("Vary")).isEqualTo("Origin");
  }

  @Test
  void preflightIs204WithAllowedMethodsAndHeadersAndNeedsNoCredentials() {
    Reply reply =
        app.client
            .call("OPTIONS", "/api/profiles")
            .anonymous()
            .withoutVersion()
            .header("Origin", "https://grader.example")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization, content-type, x-api-version")
            .send();

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body()).isEmpty();
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(reply.header("Access-Control-Allow-Methods")).contains("GET", "POST", "DELETE");
    assertThat(reply.header("Access-Control-Allow-Headers"))
        .contains("Authorization", "Content-Type", "X-API-Version", "X-CSRF-Token");
    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void portalPreflightGetsCredentialedCors() {
    Reply reply =
        app.client
            .call("OPTIONS", "/auth/refresh")
            .anonymous()
            .header("Origin", PORTAL)
            .header("Access-Control-Request-Method", "POST")
            .send();

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(PORTAL);
    assertThat(reply.header("Access-Control-Allow-Credentials")).isEqualTo("true");
  }

  @Test
  void apiResponsesCarrySecurityHeadersAndAreNeverCached() {
    Reply reply = app.client.get("/api/profiles").send();

    assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
    assertThat(reply.header("Server")).isNull();
  }

  @Test
  void unknownRouteIsA404JsonError() {
    Reply reply = app.client.get("/definitely/not/here").send();

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.fieldNames()).containsExactly("status", "message");
    assertThat(reply.message()).isEqualTo("Not found");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void wrongMethodIsA405JsonErrorNamingTheAllowedOnes() {
    Reply health = app.client.call("DELETE", "/health").send();
    Reply profiles = app.client.call("PUT", "/api/profiles").json("{}").send();

    assertThat(health.status()).isEqualTo(405);
    assertThat(health.message()).isEqualTo("Method not allowed");
    assertThat(health.header("Allow")).contains("GET");
    assertThat(profiles.status()).isEqualTo(405);
    assertThat(profiles.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void oversizedHeadersAreAJsonErrorFromJetty() {
    Reply reply = app.client.get("/health").header("X-Padding", "x".repeat(20_000)).send();

    assertThat(reply.status()).isEqualTo(431);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.json().get("status").asText()).isEqualTo("error");
  }

  @Test
  void ambiguousPathIsRejectedAsJsonNotHtml() {
    Reply reply = app.client.get("/portal/%2e%2e/%2e%2e/etc/passwd").send();

    assertThat(reply.status()).isBetween(400, 404);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.body()).doesNotContain("<html", "passwd");
  }
}
