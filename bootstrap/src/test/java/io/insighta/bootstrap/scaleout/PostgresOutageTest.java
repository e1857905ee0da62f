package io.insighta.bootstrap.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped and started again under two live instances: API requests that need the
 * database and readiness answer 503 within the connection timeout, a cached page is still served,
 * liveness stays 200, and both instances serve again, with every profile still there, as soon as
 * the database is back, without a restart.
 */
class PostgresOutageTest {
  /** HikariCP's 3 s connection timeout plus slack for a busy machine. */
  private static final Duration BOUND = Duration.ofSeconds(5);

  /**
   * One more than the connections in each instance's pool (DataSourceFactory.DEFAULT_POOL_SIZE).
   */
  private static final int CALLS_PER_INSTANCE = 7;

  /**
   * Each check waits up to the 3 s connection timeout; HikariCP retries adding connections with a
   * backoff of at most 5 s, so two checks suffice once the database is back.
   */
  private static final int MAX_READINESS_CHECKS = 5;

  private static RestartablePostgres postgres;
  private static TestRedis redis;
  private static Cluster cluster;
  private static Instance a;
  private static Instance b;

  @BeforeAll
  static void start() {
    postgres = RestartablePostgres.start();
    redis = TestRedis.start();
    cluster = Cluster.start(postgres.jdbcUrl(), redis.url(), Map.of());
    a = cluster.a();
    b = cluster.b();
    cluster.demographics().knowName("Ella", "female", 0.98, 34, "NG", 0.41);
    cluster.demographics().knowName("Kwame", "male", 0.91, 17, "GH", 0.66);
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(cluster, redis, postgres);
  }

  @Test
  void whilePostgresIsDownTheApiAnswers503AndAfterItsRestartEverythingIsBack() {
    String admin = a.accessToken("test_code");
    String ella = a.createProfile(admin, "Ella").json().at("/data/id").asText();
    String kwame = a.createProfile(admin, "Kwame").json().at("/data/id").asText();
    assertThat(b.get("/api/profiles", admin).json().get("total").asLong()).isEqualTo(2);

    postgres.stop();

    ExecutorService threads = Executors.newFixedThreadPool(2 * CALLS_PER_INSTANCE + 3);
    try {
      // More concurrent calls than a pool has connections: some find a dead pooled connection,
      // the others wait in vain for a new one until the pool's connection timeout.
      List<CompletableFuture<Timed<HttpResult>>> api = new ArrayList<>();
      for (int i = 1; i <= CALLS_PER_INSTANCE; i++) {
        api.add(
            async(threads, "list on A, database down", () -> a.getFresh("/api/profiles", admin)));
        api.add(
            async(
                threads,
                "get on B, database down",
                () -> b.getFresh("/api/profiles/" + ella, admin)));
      }
      api.add(async(threads, "create on B, database down", () -> b.createProfile(admin, "Ama")));
      List<CompletableFuture<Timed<HttpResult>>> ready =
          List.of(
              async(threads, "readiness of A, database down", () -> a.get("/health/ready")),
              async(threads, "readiness of B, database down", () -> b.get("/health/ready")));
      CompletableFuture<Timed<HttpResult>> live =
          async(threads, "liveness of A, database down", () -> a.get("/health"));

      for (Timed<HttpResult> call : joined(api)) {
        assertThat(call.took()).isLessThan(BOUND);
        assertThat(call.value().status()).isEqualTo(503);
        assertThat(call.value().header("Retry-After")).isEqualTo("5");
        assertThat(call.value().json().get("message").asText())
            .isEqualTo("Service temporarily unavailable");
      }
      for (Timed<HttpResult> call : joined(ready)) {
        assertThat(call.took()).isLessThan(BOUND);
        assertThat(call.value().status()).isEqualTo(503);
        assertThat(call.value().json().at("/components/database").asText()).isEqualTo("down");
      }
      assertThat(live.join().value().status()).isEqualTo(200);
      // What needs no database is still answered: a cached page, for a caller whose user this
      // instance read moments ago (the hand-moved clock keeps that copy fresh).
      HttpResult cached = b.get("/api/profiles", admin);
      assertThat(cached.status()).isEqualTo(200);
      assertThat(cached.header("X-Cache")).isEqualTo("HIT");
    } finally {
      threads.shutdownNow();
    }

    postgres.restart();

    Timed.measure("A and B ready again after the restart", () -> awaitReady(a) + awaitReady(b));
    HttpResult listed = a.get("/api/profiles", admin);
    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().get("total").asLong()).isEqualTo(2);
    assertThat(b.get("/api/profiles/" + kwame, admin).json().at("/data/name").asText())
        .isEqualTo("Kwame");
  }

  /**
   * Asks for readiness until it is 200. No sleeping: while the pool has no connection each call
   * itself waits for one for up to the pool's connection timeout.
   */
  private static int awaitReady(Instance instance) {
    for (int attempt = 1; attempt <= MAX_READINESS_CHECKS; attempt++) {
      if (instance.get("/health/ready").status() == 200) {
        return attempt;
      }
    }
    throw new AssertionError(
        instance.name() + " not ready after " + MAX_READINESS_CHECKS + " checks");
  }

  private static CompletableFuture<Timed<HttpResult>> async(
      ExecutorService threads, String what, Supplier<HttpResult> call) {
    return CompletableFuture.supplyAsync(() -> Timed.measure(what, call), threads);
  }

  private static List<Timed<HttpResult>> joined(List<CompletableFuture<Timed<HttpResult>>> calls) {
    return calls.stream().map(CompletableFuture::join).toList();
  }
}
