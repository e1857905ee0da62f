package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.support.FakeAuthenticator;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessControlApiTest {

  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void missingApiVersionIs400() {
    Reply reply = app.client.get("/api/profiles").withoutVersion().send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("API version header required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "0", "1.0", "v1"})
  void otherApiVersionIs400(String version) {
    Reply reply = app.client.get("/api/profiles").header("X-API-Version", version).send();

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Unsupported API version");
  }

  @Test
  void versionIsCheckedBeforeCredentials() {
    Reply reply = app.client.get("/api/profiles/stats").withoutVersion().anonymous().send();

    assertThat(reply.status()).isEqualTo(400);
  }

  @Test
  void noCredentialsIs401WithABearerChallenge() {
    Reply reply = app.client.get("/api/profiles").anonymous().send();

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.message()).isEqualTo("Authentication required");
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer forged", "Bearer a.b.c", "bearer admin-token-x"})
  void badTokenIs401InvalidOrExpired(String authorization) {
    Reply reply = app.client.get("/api/profiles").header("Authorization", authorization).send();

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.message()).isEqualTo("Invalid or expired token");
    assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic YWRtaW46YWRtaW4=", "Bearer ", "Bearer"})
  void nonBearerAuthorizationCountsAsNoCredentials(String authorization) {
    Reply reply = app.client.get("/api/profiles").header("Authorization", authorization).send();

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.message()).isEqualTo("Authentication required");
  }

  @Test
  void schemeIsCaseInsensitive() {
    Reply reply =
        app.client.get("/api/profiles").header("Authorization", "bearer admin-token").send();

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void accessTokenCookieAuthenticatesBrowserRequests() {
    Reply reply =
        app.client
            .get("/api/profiles")
            .anonymous()
            .header("Cookie", "access_token=" + FakeAuthenticator.ANALYST)
            .send();

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void bearerHeaderWinsOverTheCookie() {
    Reply reply =
        app.client
            .post("/api/profiles")
            .as(FakeAuthenticator.ANALYST)
            .header("Cookie", "access_token=" + FakeAuthenticator.ADMIN)
            .json("{\"name\":\"Cookie Confusion\"}")
            .send();

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void analystsMayNotCreateOrDeleteButMayRead() {
    Reply create =
        app.client
            .post("/api/profiles")
            .as(FakeAuthenticator.ANALYST)
            .json("{\"name\":\"Not Allowed\"}")
            .send();
    String id =
        app.client
            .post("/api/profiles")
            .json("{\"name\":\"Keep Me\"}")
            .send()
            .json()
            .at("/data/id")
            .asText();
    Reply delete = app.client.delete("/api/profiles/" + id).as(FakeAuthenticator.ANALYST).send();
    Reply read = app.client.get("/api/profiles/" + id).as(FakeAuthenticator.ANALYST).send();

    assertThat(create.status()).isEqualTo(403);
    assertThat(create.message()).isEqualTo("Forbidden");
    assertThat(delete.status()).isEqualTo(403);
    assertThat(read.status()).isEqualTo(200);
    assertThat(app.demographics.calls()).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {FakeAuthenticator.INACTIVE, FakeAuthenticator.DENIED})
  void deactivatedUsersAreRefusedEverywhere(String token) {
    Reply read = app.client.get("/api/profiles").as(token).send();
    Reply create = app.client.post("/api/profiles").as(token).json("{\"name\":\"Ghost\"}").send();

    assertThat(read.status()).isEqualTo(403);
    assertThat(read.message()).isEqualTo("Account is deactivated");
    assertThat(create.status()).isEqualTo(403);
  }

  @Test
  void unknownApiRouteNeedsCredentialsThenIs404() {
    Reply anonymous = app.client.get("/api/nothing-here").anonymous().send();
    Reply authenticated = app.client.get("/api/nothing-here").send();

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(authenticated.status()).isEqualTo(404);
    assertThat(authenticated.message()).isEqualTo("Not found");
  }
}
