package io.insighta.adapters.http.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.adapters.http.server.error.ErrorMapping;
import io.insighta.adapters.http.server.error.JettyJsonErrors;
import io.insighta.adapters.http.server.health.HealthRoutes;
import io.insighta.adapters.http.server.json.JsonBodyReader;
import io.insighta.adapters.http.server.json.ObjectMappers;
import io.insighta.adapters.http.server.openapi.OpenApiRoutes;
import io.insighta.adapters.http.server.pipeline.ObservedRequests;
import io.insighta.adapters.http.server.pipeline.RequestObserver;
import io.insighta.adapters.http.server.profile.ProfileRoutes;
import io.insighta.adapters.http.server.profile.ProfileUseCases;
import io.insighta.application.auth.AuthenticatePersonalAccessTokenUseCase;
import io.insighta.application.auth.AuthenticateUseCase;
import io.insighta.application.health.CheckReadinessService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Assembles the configured (not yet started) Javalin server: the request pipeline, the error
 * mapping, health, OpenAPI and profile routes, the route groups of other features and the portal.
 */
public final class HttpApi {
  /** How long a stopping server lets requests in flight finish before it cuts them off. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

  private final ProfileUseCases profiles;
  private final CheckReadinessService readiness;
  private final AuthenticateUseCase authenticate;
  private final AuthenticatePersonalAccessTokenUseCase personalTokens;
  private final HttpSettings settings;
  private final SecurityHooks hooks;
  private final List<RouteGroup> routeGroups;
  private final Clock clock;

  public HttpApi(
      ProfileUseCases profiles,
      CheckReadinessService readiness,
      AuthenticateUseCase authenticate,
      AuthenticatePersonalAccessTokenUseCase personalTokens,
      HttpSettings settings,
      SecurityHooks hooks,
      List<RouteGroup> routeGroups,
      Clock clock) {
    this.profiles = profiles;
    this.readiness = readiness;
    this.authenticate = authenticate;
    this.personalTokens = personalTokens;
    this.settings = settings;
    this.hooks = hooks;
    this.routeGroups = List.copyOf(routeGroups);
    this.clock = clock;
  }

  /** A new server; the caller starts it ({@code start(port)}) and stops it. */
  public Javalin create() {
    return create(RequestObserver.NONE);
  }

  /** A new server that reports every finished request to {@code observer} (for metrics). */
  public Javalin create(RequestObserver observer) {
    return Javalin.create(
        config -> {
          configure(config);
          config.requestLogger.http(new ObservedRequests(observer));
        });
  }

  private void configure(JavalinConfig config) {
    ObjectMapper mapper = ObjectMappers.create();
    config.startup.showJavalinBanner = false;
    config.jsonMapper(new JavalinJackson(mapper, false));
    config.http.maxRequestSize = settings.maxJsonBodyBytes();
    config.http.prefer405over404 = true;
    config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JettyJsonErrors());
          server.setStopTimeout(STOP_TIMEOUT.toMillis());
          server.insertHandler(new GracefulHandler());
        });
    if (settings.servePortal()) {
      config.staticFiles.add(
          files -> {
            files.hostedPath = "/";
            files.directory = "/portal";
            files.location = Location.CLASSPATH;
          });
    }
    new RequestPipeline(settings, hooks, authenticate, personalTokens).register(config);
    new ErrorMapping().register(config.routes);
    new HealthRoutes(readiness).register(config.routes);
    new OpenApiRoutes().register(config.routes);
    routeGroups.forEach(group -> group.register(config.routes));
    new ProfileRoutes(
            profiles,
            mapper,
            new JsonBodyReader(mapper, settings.maxJsonBodyBytes()),
            settings.maxImportBodyBytes(),
            hooks.clientAddress(),
            clock)
        .register(config.routes);
  }
}
