package io.insighta.bootstrap.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import io.insighta.bootstrap.support.HttpResult;
import io.insighta.bootstrap.support.SharedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped, restarted and hung under two live instances: every request is still answered from
 * PostgreSQL within {@link #BOUND}, readiness stays 200 while reporting the cache and the limiter
 * degraded, and the shared cache is used again without restarting either instance.
 */
class RedisOutageTest {
  /**
   * A probe of a hung Redis costs two 250 ms read timeouts (the command, then the connection the
   * pool opens to replace the broken one); the rest is slack for a loaded two-core machine. Jedis's
   * default 2 s timeout, or none, would exceed it.
   */
  private static final Duration BOUND = Duration.ofMillis(1_500);

  private static final Duration RECOVERY = Duration.ofSeconds(10);

  /** Well past the 250 ms read timeout, and long enough to outlast the checks made during it. */
  private static final Duration PAUSE = Duration.ofSeconds(3);

  private static final String LIST = "/api/profiles?sort_by=created_at&order=desc";
  private static TestRedis redis;
  private static Cluster cluster;
  private static Instance a;
  private static Instance b;
  private static String admin;

  @BeforeAll
  static void start() {
    redis = TestRedis.start();
    cluster = Cluster.start(SharedPostgres.freshDatabaseUrl(), redis.url(), Map.of());
    a = cluster.a();
    b = cluster.b();
    cluster.demographics().knowName("Ella", "female", 0.98, 34, "NG", 0.41);
    cluster.demographics().knowName("Kwame", "male", 0.91, 17, "GH", 0.66);
    cluster.demographics().knowName("Amara", "female", 0.95, 27, "NG", 0.52);
    admin = a.accessToken("test_code");
  }

  @AfterAll
  static void stop() throws Exception {
    Closing.all(cluster, redis);
  }

  @BeforeEach
  void letBothInstancesProbeRedisAgain() {
    cluster.clock().advance(Duration.ofSeconds(1));
  }

  @Test
  void whileRedisIsStoppedReadsComeFromPostgresAndAfterItsRestartFromTheCacheAgain() {
    assertThat(a.createProfile(admin, "Ella").status()).isIn(200, 201);
    long total = a.get(LIST, admin).json().get("total").asLong();
    assertThat(b.get(LIST, admin).header("X-Cache")).isEqualTo("HIT");

    redis.stop();

    for (Instance instance : new Instance[] {a, b, a, b}) {
      HttpResult listed = within(instance.name() + " lists while Redis is stopped", instance);
      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.header("X-Cache")).isEqualTo("MISS");
      assertThat(names(listed)).contains("Ella");
    }
    HttpResult ready = a.get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().at("/components/database").asText()).isEqualTo("up");
    assertThat(ready.json().at("/components/cache").asText()).isIn("degraded", "down");
    assertThat(ready.json().at("/components/rate_limiter").asText()).isEqualTo("degraded");
    // A write during the outage reaches PostgreSQL; its invalidation waits in A for Redis.
    assertThat(a.createProfile(admin, "Kwame").status()).isEqualTo(201);
    assertThat(names(b.get(LIST, admin))).contains("Ella", "Kwame");

    redis.restart();
    cluster.clock().advance(Duration.ofSeconds(1));

    HttpResult afterRestart = a.get(LIST, admin);
    assertThat(afterRestart.header("X-Cache")).isEqualTo("MISS");
    assertThat(afterRestart.json().get("total").asLong()).isEqualTo(total + 1);
    HttpResult hit = cachedAgainOnB();
    assertThat(hit.header("X-Cache")).isEqualTo("HIT");
    assertThat(names(hit)).contains("Ella", "Kwame");
    HttpResult recovered = a.get("/health/ready");
    assertThat(recovered.json().at("/components/cache").asText()).isEqualTo("up");
    assertThat(recovered.json().at("/components/rate_limiter").asText()).isEqualTo("up");
  }

  @Test
  void whileRedisHangsPastTheReadTimeoutRequestsAreAnsweredWithinTheBound() {
    assertThat(a.createProfile(admin, "Amara").status()).isIn(200, 201);
    a.get(LIST, admin);
    assertThat(a.get(LIST, admin).header("X-Cache")).isEqualTo("HIT");

    redis.pause(PAUSE);

    Timed<HttpResult> ready =
        Timed.measure("readiness while Redis is paused", () -> a.get("/health/ready"));
    assertThat(ready.took()).isLessThan(BOUND);
    assertThat(ready.value().status()).isEqualTo(200);
    assertThat(ready.value().json().at("/components/cache").asText()).isIn("degraded", "down");
    for (Instance instance : new Instance[] {a, b, a, b}) {
      HttpResult listed = within(instance.name() + " lists while Redis is paused", instance);
      assertThat(listed.status()).isEqualTo(200);
      assertThat(listed.header("X-Cache")).isEqualTo("MISS");
      assertThat(names(listed)).contains("Amara");
    }
    HttpResult limiter = b.get("/health/ready");
    assertThat(limiter.status()).isEqualTo(200);
    assertThat(limiter.json().at("/components/rate_limiter").asText()).isEqualTo("degraded");

    redis.awaitAnswer();
    cluster.clock().advance(Duration.ofSeconds(1));

    a.get(LIST, admin);
    assertThat(a.get(LIST, admin).header("X-Cache")).isEqualTo("HIT");
  }

  private static List<String> names(HttpResult list) {
    List<String> names = new ArrayList<>();
    list.json().get("data").forEach(profile -> names.add(profile.get("name").asText()));
    return names;
  }

  /**
   * B's answer once both instances' guards have seen Redis back: each probes once a second, which
   * under a loaded machine can take a few rounds; bounded by {@link #RECOVERY}.
   */
  private HttpResult cachedAgainOnB() {
    Instant deadline = Instant.now().plus(RECOVERY);
    HttpResult answer = b.get(LIST, admin);
    while (!"HIT".equals(answer.header("X-Cache")) && Instant.now().isBefore(deadline)) {
      cluster.clock().advance(Duration.ofSeconds(1));
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
      a.get(LIST, admin);
      answer = b.get(LIST, admin);
    }
    return answer;
  }

  private static HttpResult within(String what, Instance instance) {
    Timed<HttpResult> timed = Timed.measure(what, () -> instance.get(LIST, admin));
    assertThat(timed.took()).as(what).isLessThan(BOUND);
    return timed.value();
  }
}
