package io.insighta.adapters.http.server.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.insighta.adapters.http.server.RouteGroup;
import io.insighta.adapters.http.server.SecurityHooks;
import io.insighta.adapters.http.server.json.JsonBodyReader;
import io.insighta.adapters.http.server.json.ObjectMappers;
import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.adapters.http.server.security.CsrfGuard;
import io.insighta.adapters.http.server.security.CsrfTokens;
import io.insighta.adapters.http.server.security.RateLimitHooks;
import io.insighta.adapters.http.server.security.TrustedProxies;
import io.insighta.adapters.http.server.users.UserRoutes;
import io.insighta.domain.user.RateLimiter;
import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plugs authentication into the server: the {@link SecurityHooks} (rate limits and CSRF) and the
 * {@link RouteGroup}s of the sign-in, session and user endpoints, all sharing one configuration.
 */
public final class AuthHttp {
  private static final Logger LOG = LoggerFactory.getLogger(AuthHttp.class);

  /** Auth bodies are a few hundred bytes; nothing legitimate comes near this. */
  private static final long MAX_BODY_BYTES = 16 * 1024;

  private final SecurityHooks hooks;
  private final List<RouteGroup> routeGroups;

  /**
   * @param csrfSecret the access-token signing secret; the CSRF key is derived from it, never equal
   */
  public AuthHttp(
      AuthUseCases useCases,
      AuthHttpSettings settings,
      byte[] csrfSecret,
      RateLimiter limiter,
      SecureRandom random) {
    ClientAddress addresses = new ClientAddress(TrustedProxies.of(settings.trustedProxies()));
    CsrfGuard csrf = new CsrfGuard(new CsrfTokens(csrfSecret, random), settings.csrfCookie());
    RateLimitHooks limits =
        new RateLimitHooks(limiter, settings.authRate(), settings.apiRate(), addresses);
    this.hooks =
        new SecurityHooks(limits.auth(), limits.api(), limits.anonymousApi(), csrf, addresses);
    SessionCookies cookies = new SessionCookies(settings, addresses);
    ObjectMapper mapper = ObjectMappers.create();
    JsonBodyReader bodies = new JsonBodyReader(mapper, MAX_BODY_BYTES);
    CallbackCode postedCode = new CallbackCode(bodies, mapper, MAX_BODY_BYTES);
    LoginRoutes login =
        new LoginRoutes(useCases, settings, cookies, csrf, bodies, postedCode, addresses);
    SessionRoutes sessions =
        new SessionRoutes(useCases, settings, cookies, csrf, bodies, addresses);
    UserRoutes users =
        new UserRoutes(useCases.listUsers(), useCases.updateUser(), bodies, addresses);
    this.routeGroups = List.of(login::register, sessions::register, users::register);
    if (settings.testLogin()) {
      LOG.warn(
          "INSIGHTA_TEST_LOGIN is on: test_code and analyst_test_code sign anyone in."
              + " Never enable it on a server real users can reach.");
    }
  }

  public SecurityHooks hooks() {
    return hooks;
  }

  public List<RouteGroup> routeGroups() {
    return routeGroups;
  }
}
