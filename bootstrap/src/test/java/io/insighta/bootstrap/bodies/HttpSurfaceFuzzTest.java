package io.insighta.bootstrap.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.ContractCheck;
import io.insighta.bootstrap.support.RawHttp;
import io.insighta.bootstrap.support.RawReply;
import io.insighta.bootstrap.support.ServerFixture;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bounded, seeded fuzz of the whole HTTP surface over raw sockets: whatever is sent, the server
 * never answers 5xx, and every error answer is the JSON error envelope of the OpenAPI document
 * (status {@code error} and a message). Rerun a failure with {@code -Dinsighta.fuzz.seed=<seed>};
 * {@code -Dinsighta.fuzz.requests=<n>} changes the size.
 */
class HttpSurfaceFuzzTest {
  private static final long SEED = Long.getLong("insighta.fuzz.seed", 0x1A5_16A7L);
  private static final int REQUESTS = Integer.getInteger("insighta.fuzz.requests", 3_000);
  private static final int TOKEN_REFRESH = 250;
  private static final int REPORTED = 15;
  private static ServerFixture server;
  private static List<String> ids;

  @BeforeAll
  static void start() {
    server = ServerFixture.start();
    FuzzValues.KNOWN_NAMES.forEach(
        name -> server.demographics().knowName(name, "female", 0.9, 30, "NG", 0.5));
    String admin = server.accessToken("test_code");
    String analyst = server.accessToken("analyst_test_code");
    ids = new ArrayList<>();
    ids.add(server.get("/api/users/me", analyst).json().at("/data/id").asText());
    ids.add(server.send(tokenRequest(analyst, "read")).json().at("/data/id").asText());
    for (String name : FuzzValues.KNOWN_NAMES) {
      ids.add(
          server
              .send(
                  server
                      .api("/api/profiles", admin)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")))
              .json()
              .at("/data/id")
              .asText());
    }
  }

  /** A write-scoped personal access token of the admin, so the fuzz also speaks as one. */
  private static String personalToken(String admin) {
    return server.send(tokenRequest(admin, "write")).json().at("/data/token").asText();
  }

  private static HttpRequest.Builder tokenRequest(String session, String scope) {
    return server
        .api("/api/tokens", session)
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString("{\"name\":\"fuzz\",\"scope\":\"" + scope + "\"}"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void noRequestGetsA5xxAndEveryErrorIsTheJsonEnvelope() {
    System.out.println("HTTP fuzz: seed=" + SEED + " requests=" + REQUESTS);
    FuzzRequests requests = new FuzzRequests(new Random(SEED), ids);
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int failed = 0;
    for (int i = 0; i < REQUESTS; i++) {
      if (i % TOKEN_REFRESH == 0) {
        // The fuzz logs its own sessions out now and then; sign in afresh so it keeps reaching
        // the authenticated routes.
        String admin = server.accessToken("test_code");
        requests.useTokens(
            List.of(admin, server.accessToken("analyst_test_code"), personalToken(admin)));
      }
      FuzzRequest request = requests.next();
      RawReply reply =
          RawHttp.exchangeUnchecked(server.server().port(), request.head(), request.body());
      statuses.merge(reply.status(), 1, Integer::sum);
      String problem = problem(request, reply);
      if (problem != null) {
        failed++;
        if (failures.size() < REPORTED) {
          failures.add(
              "#" + i + " " + problem + "\n  " + request.describe() + "\n  -> " + cut(reply));
        }
      }
    }
    System.out.println("HTTP fuzz: answers by status " + statuses);
    assertThat(failures)
        .as(
            "%d of %d requests failed; rerun with -Dinsighta.fuzz.seed=%d (first %d shown)",
            failed, REQUESTS, SEED, REPORTED)
        .isEmpty();
  }

  private static String problem(FuzzRequest request, RawReply reply) {
    if (reply.status() == 0) {
      return "no answer";
    }
    if (reply.status() >= 500) {
      return "server error " + reply.status();
    }
    if (reply.status() < 400 || request.method().equals("HEAD")) {
      return null;
    }
    List<String> problems = ContractCheck.envelopeProblems(reply);
    return problems.isEmpty() ? null : "error " + reply.status() + ": " + problems;
  }

  private static String cut(RawReply reply) {
    String text = reply.toString();
    return text.length() <= 600 ? text : text.substring(0, 600) + "...";
  }
}
