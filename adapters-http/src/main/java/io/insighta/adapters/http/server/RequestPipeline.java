package io.insighta.adapters.http.server;

import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.adapters.http.server.pipeline.AccessLog;
import io.insighta.adapters.http.server.pipeline.ActiveUserCheck;
import io.insighta.adapters.http.server.pipeline.ApiVersionCheck;
import io.insighta.adapters.http.server.pipeline.Authentication;
import io.insighta.adapters.http.server.pipeline.CanonicalHost;
import io.insighta.adapters.http.server.pipeline.CorsPolicy;
import io.insighta.adapters.http.server.pipeline.LogContextScope;
import io.insighta.adapters.http.server.pipeline.PathRules;
import io.insighta.adapters.http.server.pipeline.RequestIdStep;
import io.insighta.adapters.http.server.pipeline.RoleCheck;
import io.insighta.adapters.http.server.pipeline.SecurityHeaders;
import io.insighta.application.auth.AuthenticatePersonalAccessTokenUseCase;
import io.insighta.application.auth.AuthenticateUseCase;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.function.Predicate;

/**
 * The middleware chain, in the one order every request goes through: request id, access log, CORS,
 * security headers, the public host name for browser entry pages, auth rate limit, API version,
 * authentication, active user, API rate limit, CSRF, then the per-route role check. A step stops a
 * request by throwing. The request id and the user are in the logging context from the moment they
 * are known until the request is done.
 */
public final class RequestPipeline {

  private final HttpSettings settings;
  private final SecurityHooks hooks;
  private final AuthenticateUseCase authenticate;
  private final AuthenticatePersonalAccessTokenUseCase personalTokens;

  public RequestPipeline(
      HttpSettings settings,
      SecurityHooks hooks,
      AuthenticateUseCase authenticate,
      AuthenticatePersonalAccessTokenUseCase personalTokens) {
    this.settings = settings;
    this.hooks = hooks;
    this.authenticate = authenticate;
    this.personalTokens = personalTokens;
  }

  public void register(JavalinConfig config) {
    CorsPolicy cors = new CorsPolicy(settings.credentialedOrigins());
    config.jetty.modifyServer(server -> server.insertHandler(new LogContextScope()));
    config.requestLogger.http(new AccessLog());
    config.routes.before(new RequestIdStep());
    config.routes.before(cors::applyHeaders);
    config.routes.before(
        new SecurityHeaders(settings.publicUrl().map(CookieNames::isHttps).orElse(false)));
    config.routes.before(cors::answerPreflight);
    settings.publicUrl().ifPresent(url -> config.routes.before(new CanonicalHost(url)));
    config.routes.before(onlyFor(PathRules::isAuth, hooks.authRateLimit()));
    config.routes.before(new ApiVersionCheck(settings.apiVersion()));
    config.routes.before(
        countingFailures(
            new Authentication(authenticate, personalTokens, settings.accessTokenCookie())));
    config.routes.before(new ActiveUserCheck());
    config.routes.before(onlyFor(PathRules::isApi, hooks.apiRateLimit()));
    config.routes.before(hooks.csrf());
    config.routes.beforeMatched(new RoleCheck());
  }

  /** An {@code /api} request that fails authentication is limited per address before its 401. */
  private Handler countingFailures(Handler authentication) {
    return ctx -> {
      try {
        authentication.handle(ctx);
      } catch (ApiException e) {
        if (e.status() == 401 && PathRules.isApi(ctx.path())) {
          hooks.anonymousApiRateLimit().handle(ctx);
        }
        throw e;
      }
    };
  }

  private static Handler onlyFor(Predicate<String> path, Handler hook) {
    return ctx -> {
      if (path.test(ctx.path())) {
        hook.handle(ctx);
      }
    };
  }
}
