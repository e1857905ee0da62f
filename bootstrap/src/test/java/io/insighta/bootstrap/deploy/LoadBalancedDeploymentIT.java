package io.insighta.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.PackagedServer;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deployment of {@code deploy/insighta-deploy} run for real: PostgreSQL 15, Redis, three
 * instances of the packaged jar and HAProxy terminating TLS, used only through HAProxy over HTTPS;
 * the figures it measures (spread, rolling restart, kill -9) are logged at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadBalancedDeploymentIT {
  private static final Logger LOG = LoggerFactory.getLogger(LoadBalancedDeploymentIT.class);
  private static final Path DIR = Path.of("target", "deploy-it").toAbsolutePath();
  private static final int LOAD_CLIENTS = 4;
  private static final Map<String, Object> FIGURES = new LinkedHashMap<>();
  private static Deployment deployment;
  private static ProxyClient proxy;
  private static String token;
  private static List<String> profileIds;

  @BeforeAll
  static void up() {
    List<String> missing = RequiredTools.missing();
    assumeTrue(
        missing.isEmpty(),
        "skipped: the load-balanced deployment test needs "
            + String.join(", ", missing)
            + " (Debian: apt-get install haproxy socat openssl redis-server postgresql-15 curl"
            + " iproute2; .ci/run installs haproxy and socat)");
    assumeTrue(
        Files.isRegularFile(PackagedServer.JAR), "skipped: needs the packaged jar (mvn verify)");
    deployment =
        Deployment.up(
            DIR,
            Map.of(
                "INSIGHTA_JAR", PackagedServer.JAR.toAbsolutePath().toString(),
                "INSIGHTA_TEST_LOGIN", "true",
                "RATE_LIMIT_API", "1000000/1m",
                "ACCESS_TOKEN_TTL", "10m",
                "REFRESH_TOKEN_TTL", "10m",
                // Two cores run three servers and the load: C1 and the serial GC start faster.
                "JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
    proxy =
        new ProxyClient(
            URI.create("https://localhost:" + deployment.state("TLS_PORT")),
            deployment.certificate());
    token = signIn();
    profileIds = importProfiles(24);
  }

  @AfterAll
  static void down() {
    if (deployment != null) {
      deployment.close();
      LOG.info("deployment figures: {}", FIGURES);
    }
  }

  @Test
  @Order(1)
  void signInThroughTheProxySetsSecureHostPrefixedCookiesAndHsts() {
    HttpResult signIn = proxy.send(proxy.request("/auth/github/callback?code=test_code").GET());

    assertThat(signIn.status()).as(signIn.body()).isEqualTo(200);
    assertThat(signIn.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    List<String> cookies = signIn.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .anyMatch(c -> c.matches("__Host-access_token=[^;]+; Path=/; .*HttpOnly; Secure.*"))
        .anyMatch(c -> c.matches("__Host-refresh_token=[^;]+; Path=/; .*HttpOnly; Secure.*"))
        .allMatch(c -> c.startsWith("__Host-") && c.contains("; Secure"));
    String accessCookie =
        cookies.stream()
            .filter(c -> c.startsWith("__Host-access_token="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    HttpResult me = proxy.send(proxy.request("/auth/me").header("Cookie", accessCookie).GET());
    assertThat(me.status()).as(me.body()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void requestsAreSpreadOverTheThreeInstances() {
    int requests = 30;
    for (int n = 0; n < requests; n++) {
      HttpResult got =
          proxy.send(
              proxy
                  .api("/api/profiles/" + profileIds.get(n % profileIds.size()), token)
                  .header("X-Request-Id", "spread-" + n));
      assertThat(got.status()).as(got.body()).isEqualTo(200);
    }

    awaitTrue(
        () -> total(deployment.requestsServed("spread-")) == requests, "every request logged");
    Map<Integer, Long> served = deployment.requestsServed("spread-");
    FIGURES.put("requests per instance (of 30, round robin)", served);
    assertThat(served).containsOnlyKeys(1, 2, 3);
  }

  @Test
  @Order(3)
  void authRateLimitHoldsAcrossInstancesForTheRealClient() throws Exception {
    InetAddress client = InetAddress.getByName("127.0.0.2");
    List<Integer> statuses = new ArrayList<>();
    for (int n = 1; n <= 11; n++) {
      // A client-sent X-Forwarded-For changes nothing: HAProxy replaces it with the real address.
      statuses.add(refresh(client, "limit-" + n, "203.0.113." + n));
    }
    int otherClient = refresh(InetAddress.getByName("127.0.0.3"), "other-client", "127.0.0.2");

    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(statuses.get(10)).isEqualTo(429);
    assertThat(otherClient).isEqualTo(401);
    awaitTrue(() -> total(deployment.requestsServed("limit-")) == 11, "every request logged");
    assertThat(deployment.requestsServed("limit-")).as("instances counting one bucket").hasSize(3);
  }

  @Test
  @Order(4)
  void rollingRestartUnderLoadFailsNoRequest() throws Exception {
    Map<Integer, Long> pidsBefore = pids();
    long started = System.nanoTime();
    LoadGenerator load = LoadGenerator.start(proxy, token, profileIds, "rolling", LOAD_CLIENTS);
    try {
      load.awaitSuccesses(100, Duration.ofSeconds(30));
      deployment.run("rolling-restart");
      load.awaitSuccesses(100, Duration.ofSeconds(30));
    } finally {
      load.close();
    }

    FIGURES.put("rolling restart: requests", load.succeeded() + load.failures().size());
    FIGURES.put("rolling restart: failed", load.failures().size());
    FIGURES.put(
        "rolling restart: seconds", Duration.ofNanos(System.nanoTime() - started).toSeconds());
    FIGURES.put("rolling restart: requests per instance", deployment.requestsServed("rolling-"));
    assertThat(load.failures()).isEmpty();
    assertThat(pids()).allSatisfy((n, pid) -> assertThat(pid).isNotEqualTo(pidsBefore.get(n)));
  }

  @Test
  @Order(5)
  void killedInstanceIsTakenOutAndTheServiceRecovers() throws Exception {
    int victim = 2;
    long failedSettled;
    long markedDownMillis;
    LoadGenerator load = LoadGenerator.start(proxy, token, profileIds, "kill", LOAD_CLIENTS);
    try {
      load.awaitSuccesses(100, Duration.ofSeconds(30));
      long killedAt = System.nanoTime();
      assertThat(ProcessHandle.of(deployment.pid(victim)).orElseThrow().destroyForcibly()).isTrue();
      awaitTrue(() -> "DOWN".equals(deployment.proxyStatus().get(victim)), "HAProxy marks it down");
      markedDownMillis = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
      load.awaitSuccesses(200, Duration.ofSeconds(30));
      failedSettled = load.failures().size();
      load.awaitSuccesses(200, Duration.ofSeconds(30));
    } finally {
      load.close();
    }

    List<String> replayed =
        deployment.proxyLog("kill-").stream().filter(LoadBalancedDeploymentIT::retried).toList();
    FIGURES.put("kill -9: requests", load.succeeded() + load.failures().size());
    FIGURES.put("kill -9: failed", load.failures().size());
    // Requests in flight on it or sent to it before it was marked down, each retried elsewhere.
    FIGURES.put("kill -9: retried on another instance by HAProxy", replayed.size());
    FIGURES.put("kill -9: ms until HAProxy marked it down", markedDownMillis);
    LOG.info(
        "kill -9: failures {}; first retried: {}",
        load.failures(),
        replayed.stream().limit(3).toList());
    assertThat(load.failures()).as("failures once it is out").hasSize((int) failedSettled);
    assertThat(load.succeeded()).isGreaterThanOrEqualTo(500);

    deployment.run("start-instance", Integer.toString(victim));
    assertThat(deployment.proxyStatus())
        .containsOnly(Map.entry(1, "UP"), Map.entry(2, "UP"), Map.entry(3, "UP"));
  }

  private static int refresh(InetAddress from, String requestId, String forwardedFor) {
    return BoundTlsRequest.send(
        proxy.tls(),
        proxy.base(),
        from,
        "POST /auth/refresh HTTP/1.1\r\nContent-Type: application/json\r\nX-Forwarded-For: "
            + forwardedFor
            + "\r\nX-Request-Id: "
            + requestId,
        "{\"refresh_token\":\"not-a-refresh-token\"}");
  }

  /** HAProxy's retry count (the last of the five connection counters) is not zero. */
  private static boolean retried(String logLine) {
    String[] counters = logLine.split(" \\{")[0].replaceAll(".* ", "").split("/");
    return counters.length == 5 && !counters[4].equals("0");
  }

  private static String signIn() {
    HttpResult login =
        proxy.send(
            proxy
                .request("/auth/cli/callback")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"test_code\"}")));
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    return login.json().get("access_token").asText();
  }

  private static List<String> importProfiles(int count) {
    StringBuilder csv =
        new StringBuilder("name,gender,gender_probability,age,country_id,country_probability\n");
    IntStream.range(0, count)
        .forEach(n -> csv.append("Deployed Person ").append(n).append(",female,0.9,30,KE,0.5\n"));
    HttpResult imported =
        proxy.send(
            proxy
                .api("/api/profiles/import", token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())));
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    HttpResult listed = proxy.send(proxy.api("/api/profiles?limit=50", token));
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode profile : listed.json().get("data")) {
      ids.add(profile.get("id").asText());
    }
    assertThat(ids).hasSize(count);
    return ids;
  }

  private static Map<Integer, Long> pids() {
    Map<Integer, Long> pids = new LinkedHashMap<>();
    for (int n = 1; n <= deployment.instances(); n++) {
      pids.put(n, deployment.pid(n));
    }
    return pids;
  }

  private static long total(Map<Integer, Long> served) {
    return served.values().stream().mapToLong(Long::longValue).sum();
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
  }
}
