package io.insighta.bootstrap.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.adapters.http.server.openapi.ApiOperation;
import io.insighta.adapters.http.server.openapi.OpenApiContract;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.ServerFixture;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document and the router of the fully wired server agree both ways: every route
 * Javalin registered is documented with its method and path template, and every documented
 * operation is a route (HEAD twins of GET routes and the portal's static files aside).
 */
class OpenApiRouteCoverageTest {
  private static ServerFixture server;

  @BeforeAll
  static void start() {
    server = ServerFixture.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyRouteOfTheRouterIsDocumented() {
    Set<String> undocumented = new TreeSet<>(routes(false));
    undocumented.removeAll(documented());

    assertThat(undocumented).as("routes the OpenAPI document lacks").isEmpty();
  }

  @Test
  void everyDocumentedOperationIsARouteOfTheRouter() {
    Set<String> missing = new TreeSet<>(documented());
    missing.removeAll(routes(false));

    assertThat(missing).as("documented operations the router lacks").isEmpty();
  }

  @Test
  void everyHeadRouteIsTheTwinOfAGetRoute() {
    Set<String> gets =
        routes(false).stream()
            .filter(route -> route.startsWith("GET "))
            .map(route -> route.substring("GET ".length()))
            .collect(Collectors.toSet());

    assertThat(routes(true))
        .filteredOn(route -> route.startsWith("HEAD "))
        .isNotEmpty()
        .allSatisfy(head -> assertThat(gets).contains(head.substring("HEAD ".length())));
  }

  @Test
  void theServerServesTheDocumentItIsCheckedAgainst() {
    HttpResult served = server.send(HttpRequest.newBuilder(server.url("/openapi.json")).GET());

    assertThat(served.status()).isEqualTo(200);
    assertThat(served.header("Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(served.body()).isEqualTo(OpenApiContract.instance().document().text());
  }

  private static Set<String> documented() {
    return OpenApiContract.instance().document().operations().stream()
        .map(ApiOperation::route)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** {@code "GET /api/profiles"} for each HTTP route the running server's router holds. */
  private static Set<String> routes(boolean withHead) {
    Javalin javalin = server.server().injector().getInstance(Javalin.class);
    return javalin.unsafe.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .filter(endpoint -> withHead || !HandlerType.HEAD.equals(endpoint.method))
        .map(OpenApiRouteCoverageTest::route)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String route(Endpoint endpoint) {
    return endpoint.method.name() + " " + endpoint.path;
  }
}
