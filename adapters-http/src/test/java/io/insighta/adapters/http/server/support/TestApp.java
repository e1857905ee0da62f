package io.insighta.adapters.http.server.support;

import io.insighta.adapters.http.server.HttpApi;
import io.insighta.adapters.http.server.HttpSettings;
import io.insighta.adapters.http.server.RouteGroup;
import io.insighta.adapters.http.server.SecurityHooks;
import io.insighta.adapters.http.server.pipeline.RequestObserver;
import io.insighta.adapters.http.server.profile.ProfileUseCases;
import io.insighta.application.audit.AuditTrail;
import io.insighta.application.auth.AuthenticationFailedException;
import io.insighta.application.health.CheckReadinessService;
import io.insighta.application.memory.DirectTransactionRunner;
import io.insighta.application.memory.InMemoryAuditLog;
import io.insighta.application.memory.InMemoryProfileQueryCache;
import io.insighta.application.memory.InMemoryProfileStore;
import io.insighta.application.profile.CreateProfileService;
import io.insighta.application.profile.DeleteProfileService;
import io.insighta.application.profile.ExportProfilesService;
import io.insighta.application.profile.GetProfileService;
import io.insighta.application.profile.ImportProfilesService;
import io.insighta.application.profile.ListProfilesService;
import io.insighta.application.profile.ProfileStatisticsService;
import io.insighta.application.profile.SearchProfilesService;
import io.insighta.domain.profile.Profile;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The real route table and application services on the in-memory adapters, served on a random port,
 * with fake demographics and authentication.
 */
public final class TestApp implements AutoCloseable {

  public static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");

  public final InMemoryProfileStore store = new InMemoryProfileStore();
  public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  public final FakeDemographics demographics = new FakeDemographics();
  public final MutableHealth database = new MutableHealth("database", true);
  public final MutableHealth cache = new MutableHealth("cache", false);
  public final TestClient client;
  private final Javalin app;

  private TestApp(
      HttpSettings settings,
      SecurityHooks hooks,
      List<RouteGroup> groups,
      RequestObserver observer) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    InMemoryProfileQueryCache queryCache =
        new InMemoryProfileQueryCache(clock, Duration.ofMinutes(1));
    ListProfilesService list = new ListProfilesService(store, queryCache);
    DirectTransactionRunner transactions = new DirectTransactionRunner();
    AuditTrail audit = new AuditTrail(auditLog, clock);
    ProfileUseCases useCases =
        new ProfileUseCases(
            new CreateProfileService(store, demographics, queryCache, transactions, audit, clock),
            new GetProfileService(store, queryCache),
            new DeleteProfileService(store, queryCache, transactions, audit),
            list,
            new SearchProfilesService(list),
            new ExportProfilesService(store),
            new ImportProfilesService(store, transactions, queryCache, audit, clock),
            new ProfileStatisticsService(store));
    app =
        new HttpApi(
                useCases,
                new CheckReadinessService(List.of(database, cache)),
                new FakeAuthenticator(),
                token -> {
                  throw new AuthenticationFailedException("no personal tokens here");
                },
                settings,
                hooks,
                groups,
                clock)
            .create(observer)
            .start("127.0.0.1", 0);
    client = new TestClient("http://127.0.0.1:" + app.port());
  }

  public static TestApp start() {
    return start(HttpSettings.defaults());
  }

  public static TestApp start(HttpSettings settings) {
    return new TestApp(settings, SecurityHooks.NONE, List.of(), RequestObserver.NONE);
  }

  public static TestApp start(HttpSettings settings, SecurityHooks hooks, List<RouteGroup> groups) {
    return new TestApp(settings, hooks, groups, RequestObserver.NONE);
  }

  /** The defaults plus {@code groups}, reporting every finished request to {@code observer}. */
  public static TestApp observed(RequestObserver observer, List<RouteGroup> groups) {
    return new TestApp(HttpSettings.defaults(), SecurityHooks.NONE, groups, observer);
  }

  public void seed(List<Profile> profiles) {
    profiles.forEach(store::insertIfAbsent);
  }

  @Override
  public void close() {
    app.stop();
  }
}
