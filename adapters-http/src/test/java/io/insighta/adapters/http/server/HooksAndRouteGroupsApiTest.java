package io.insighta.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.pipeline.RequiredPermission;
import io.insighta.adapters.http.server.support.FakeAuthenticator;
import io.insighta.adapters.http.server.support.Reply;
import io.insighta.adapters.http.server.support.TestApp;
import io.insighta.domain.role.Permission;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HooksAndRouteGroupsApiTest {

  private static final List<String> SEEN = new CopyOnWriteArrayList<>();
  private static TestApp app;

  @BeforeAll
  static void start() {
    SecurityHooks hooks =
        new SecurityHooks(
            record("auth-limit"),
            record("api-limit"),
            SecurityHooks.NONE.anonymousApiRateLimit(),
            record("csrf"),
            SecurityHooks.NONE.clientAddress());
    RouteGroup auth =
        routes -> {
          routes.get(
              "/auth/me",
              ctx -> ctx.json(Map.of("user", caller(ctx))),
              RequiredPermission.of(Permission.READ_SELF));
          routes.get("/auth/github", ctx -> ctx.result("redirect"));
          routes.get(
              "/auth/protected-elsewhere",
              ctx -> ctx.result("never"),
              RequiredPermission.of(Permission.READ_SELF));
          routes.get(
              "/api/users",
              ctx -> ctx.json(Map.of()),
              RequiredPermission.of(Permission.MANAGE_USERS));
        };
    app = TestApp.start(HttpSettings.defaults(), hooks, List.of(auth));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void clear() {
    SEEN.clear();
  }

  private static Handler record(String slot) {
    return ctx -> {
      if ("yes".equals(ctx.header("X-Trip-" + slot))) {
        throw ApiException.tooManyRequests(30);
      }
      String who =
          RequestAttributes.authenticatedUser(ctx).map(u -> u.user().username()).orElse("-");
      SEEN.add(
          slot
              + " "
              + ctx.path()
              + " "
              + who
              + " cookie="
              + RequestAttributes.authenticatedByCookie(ctx));
    };
  }

  private static String caller(Context ctx) {
    return RequestAttributes.authenticatedUser(ctx).orElseThrow().user().username();
  }

  @Test
  void apiRequestsPassTheApiLimiterAfterAuthenticationThenCsrf() {
    app.client.get("/api/profiles").as(FakeAuthenticator.ANALYST).send();

    assertThat(SEEN)
        .containsExactly(
            "api-limit /api/profiles ann cookie=false", "csrf /api/profiles ann cookie=false");
  }

  @Test
  void authRequestsPassTheAuthLimiterOnly() {
    app.client.get("/auth/github").anonymous().withoutVersion().send();

    assertThat(SEEN)
        .containsExactly(
            "auth-limit /auth/github - cookie=false", "csrf /auth/github - cookie=false");
  }

  @Test
  void cookieAuthenticationIsVisibleToTheCsrfHook() {
    app.client
        .get("/api/profiles")
        .anonymous()
        .header("Cookie", "access_token=" + FakeAuthenticator.ADMIN)
        .send();

    assertThat(SEEN).contains("csrf /api/profiles ada cookie=true");
  }

  @Test
  void hookRefusalIsAJsonErrorWithItsHeaders() {
    Reply reply = app.client.get("/api/profiles").header("X-Trip-api-limit", "yes").send();

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.message()).isEqualTo("Too many requests");
    assertThat(reply.header("Retry-After")).isEqualTo("30");
    assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  void authMeNeedsATokenButNoApiVersion() {
    Reply anonymous = app.client.get("/auth/me").anonymous().withoutVersion().send();
    Reply signedIn = app.client.get("/auth/me").withoutVersion().send();

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(signedIn.status()).isEqualTo(200);
    assertThat(signedIn.json().get("user").asText()).isEqualTo("ada");
    assertThat(signedIn.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void permissionProtectedRouteOutsideTheAuthenticatedPathsStillNeedsAUser() {
    Reply reply = app.client.get("/auth/protected-elsewhere").send();

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.message()).isEqualTo("Authentication required");
  }

  @Test
  void routeGroupPermissionsAreCheckedWithTheRolePolicy() {
    Reply analyst = app.client.get("/api/users").as(FakeAuthenticator.ANALYST).send();
    Reply admin = app.client.get("/api/users").send();

    assertThat(analyst.status()).isEqualTo(403);
    assertThat(analyst.message()).isEqualTo("Forbidden");
    assertThat(admin.status()).isEqualTo(200);
  }
}
