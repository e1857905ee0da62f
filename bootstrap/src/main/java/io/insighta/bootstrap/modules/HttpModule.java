package io.insighta.bootstrap.modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.insighta.adapters.http.server.HttpApi;
import io.insighta.adapters.http.server.HttpSettings;
import io.insighta.adapters.http.server.RouteGroup;
import io.insighta.adapters.http.server.audit.AuditRoutes;
import io.insighta.adapters.http.server.auth.AuthHttp;
import io.insighta.adapters.http.server.auth.AuthHttpSettings;
import io.insighta.adapters.http.server.auth.AuthUseCases;
import io.insighta.adapters.http.server.profile.ProfileUseCases;
import io.insighta.adapters.http.server.tokens.TokenRoutes;
import io.insighta.adapters.http.server.tokens.TokenUseCases;
import io.insighta.adapters.persistence.PostgresHealth;
import io.insighta.application.audit.ListAuditEntriesUseCase;
import io.insighta.application.auth.AuthenticatePersonalAccessTokenUseCase;
import io.insighta.application.auth.AuthenticateUseCase;
import io.insighta.application.health.CheckReadinessService;
import io.insighta.application.health.ComponentHealth;
import io.insighta.application.profile.CreateProfileUseCase;
import io.insighta.application.profile.DeleteProfileUseCase;
import io.insighta.application.profile.ExportProfilesUseCase;
import io.insighta.application.profile.GetProfileUseCase;
import io.insighta.application.profile.ImportProfilesUseCase;
import io.insighta.application.profile.ListProfilesUseCase;
import io.insighta.application.profile.ProfileStatisticsUseCase;
import io.insighta.application.profile.SearchProfilesUseCase;
import io.insighta.bootstrap.config.Settings;
import io.insighta.bootstrap.metrics.HttpRequestMetrics;
import io.insighta.bootstrap.metrics.JettyPoolMeters;
import io.insighta.bootstrap.metrics.MeteredRateLimiter;
import io.insighta.domain.user.RateLimiter;
import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The HTTP server: route table, pipeline and portal, assembled from the use cases. */
public final class HttpModule extends AbstractModule {

  @Provides
  @Singleton
  ProfileUseCases profileUseCases(
      CreateProfileUseCase create,
      GetProfileUseCase get,
      DeleteProfileUseCase delete,
      ListProfilesUseCase list,
      SearchProfilesUseCase search,
      ExportProfilesUseCase export,
      ImportProfilesUseCase importer,
      ProfileStatisticsUseCase statistics) {
    return new ProfileUseCases(create, get, delete, list, search, export, importer, statistics);
  }

  @Provides
  @Singleton
  CheckReadinessService readiness(DataSource dataSource, List<ComponentHealth> cacheHealth) {
    List<ComponentHealth> components = new ArrayList<>();
    components.add(new PostgresHealth(dataSource));
    components.addAll(cacheHealth);
    return new CheckReadinessService(components);
  }

  @Provides
  @Singleton
  HttpSettings httpSettings(Settings settings) {
    HttpSettings http = HttpSettings.defaults().withCredentialedOrigins(settings.corsOrigins());
    return settings.browserUrl().map(http::withPublicUrl).orElse(http);
  }

  @Provides
  @Singleton
  AuthHttp authHttp(
      AuthUseCases useCases,
      Settings settings,
      @Named("csrfSecret") byte[] secret,
      RateLimiter limiter,
      SecureRandom random,
      MeterRegistry registry) {
    AuthHttpSettings defaults =
        AuthHttpSettings.defaults(settings.publicUrl().resolve("/auth/github/callback"));
    AuthHttpSettings authSettings =
        new AuthHttpSettings(
            defaults.accessCookie(),
            defaults.refreshCookie(),
            defaults.csrfCookie(),
            defaults.stateCookie(),
            settings.portalUrl(),
            defaults.webCallbackUrl(),
            defaults.secureCookies(),
            settings.trustedProxies(),
            settings.testLogin(),
            settings.rateLimitAuth(),
            settings.rateLimitApi());
    return new AuthHttp(
        useCases, authSettings, secret, new MeteredRateLimiter(limiter, registry), random);
  }

  @Provides
  @Singleton
  Javalin javalin(
      ProfileUseCases profiles,
      CheckReadinessService readiness,
      AuthenticateUseCase authenticate,
      AuthenticatePersonalAccessTokenUseCase personalTokens,
      TokenUseCases tokens,
      HttpSettings httpSettings,
      AuthHttp auth,
      ListAuditEntriesUseCase audit,
      Clock clock,
      MeterRegistry registry) {
    List<RouteGroup> routeGroups = new ArrayList<>(auth.routeGroups());
    routeGroups.add(new TokenRoutes(tokens, auth.hooks().clientAddress())::register);
    routeGroups.add(new AuditRoutes(audit)::register);
    Javalin javalin =
        new HttpApi(
                profiles,
                readiness,
                authenticate,
                personalTokens,
                httpSettings,
                auth.hooks(),
                routeGroups,
                clock)
            .create(new HttpRequestMetrics(registry));
    JettyPoolMeters.bind(javalin, registry);
    return javalin;
  }
}
