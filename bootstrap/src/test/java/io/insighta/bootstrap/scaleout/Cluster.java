package io.insighta.bootstrap.scaleout;

import io.insighta.adapters.http.client.demographics.FakeDemographicsServer;
import io.insighta.adapters.http.client.github.FakeGithubServer;
import io.insighta.application.contract.MutableClock;
import io.insighta.bootstrap.InsightaServer;
import io.insighta.bootstrap.config.Settings;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Two identical server instances as a load balancer would see them: each a real injector with its
 * own HTTP port, both sharing one PostgreSQL, one Redis, one signing secret and one set of fake
 * GitHub and demographic services. They also share one hand-moved clock, so a test crosses Redis
 * probe intervals and rate-limit windows without sleeping.
 */
final class Cluster implements AutoCloseable {
  static final String SECRET = "scale-out-test-secret-that-is-long-enough-0123456789";

  private final MutableClock clock;
  private final FakeGithubServer github;
  private final FakeDemographicsServer demographics;
  private Instance a;
  private Instance b;

  private Cluster(
      MutableClock clock, FakeGithubServer github, FakeDemographicsServer demographics) {
    this.clock = clock;
    this.github = github;
    this.demographics = demographics;
  }

  /** Starts A, then B, with {@code extra} environment variables on top of the shared ones. */
  static Cluster start(String databaseUrl, String redisUrl, Map<String, String> extra) {
    MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    Cluster cluster =
        new Cluster(
            clock,
            FakeGithubServer.start(
                FakeGithubServer.DEFAULT_CLIENT_ID, FakeGithubServer.DEFAULT_CLIENT_SECRET, clock),
            FakeDemographicsServer.start());
    try {
      Map<String, String> env = cluster.environment(databaseUrl, redisUrl);
      env.putAll(extra);
      cluster.a = new Instance("A", InsightaServer.start(Settings.fromEnvironment(env), clock));
      cluster.b = new Instance("B", InsightaServer.start(Settings.fromEnvironment(env), clock));
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private Map<String, String> environment(String databaseUrl, String redisUrl) {
    Map<String, String> env = new HashMap<>();
    env.put("PORT", "0");
    env.put("DATABASE_URL", databaseUrl);
    env.put("REDIS_URL", redisUrl);
    env.put("JWT_ACCESS_SECRET", SECRET);
    env.put("INSIGHTA_TEST_LOGIN", "true");
    env.put("INSIGHTA_SEED", "none");
    env.put("GENDERIZE_URL", demographics.genderizeUrl().toString());
    env.put("AGIFY_URL", demographics.agifyUrl().toString());
    env.put("NATIONALIZE_URL", demographics.nationalizeUrl().toString());
    env.put("GITHUB_CLIENT_ID", github.clientId());
    env.put("GITHUB_CLIENT_SECRET", github.clientSecret());
    env.put("GITHUB_OAUTH_URL", github.baseUrl().toString());
    env.put("GITHUB_API_URL", github.baseUrl().toString());
    env.put("RATE_LIMIT_API", "100000/1m");
    env.put("RATE_LIMIT_AUTH", "100000/1m");
    return env;
  }

  Instance a() {
    return a;
  }

  Instance b() {
    return b;
  }

  MutableClock clock() {
    return clock;
  }

  FakeGithubServer github() {
    return github;
  }

  FakeDemographicsServer demographics() {
    return demographics;
  }

  @Override
  public void close() {
    if (b != null) {
      b.close();
    }
    if (a != null) {
      a.close();
    }
    github.close();
    demographics.close();
  }
}
