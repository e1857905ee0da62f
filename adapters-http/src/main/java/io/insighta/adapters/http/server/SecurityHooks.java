package io.insighta.adapters.http.server;

import io.insighta.adapters.http.server.security.ClientAddress;
import io.insighta.adapters.http.server.security.TrustedProxies;
import io.javalin.http.Handler;
import java.util.Objects;

/**
 * The pipeline slots the authentication work plugs into: the per-IP limiter on {@code /auth/*}, the
 * per-user limiter on {@code /api/*}, the per-IP limiter for {@code /api/*} requests that fail
 * authentication (counted before their 401, so unauthenticated floods are limited) and the CSRF
 * check (run for every request; it decides itself which ones need a token), plus the trusted-proxy
 * rule that tells a client's address, shared by the limiters and the audit trail. A hook stops a
 * request by throwing {@link io.insighta.adapters.http.server.error.ApiException}.
 */
public record SecurityHooks(
    Handler authRateLimit,
    Handler apiRateLimit,
    Handler anonymousApiRateLimit,
    Handler csrf,
    ClientAddress clientAddress) {

  private static final Handler NO_OP = ctx -> {};

  /** Every slot empty: nothing is limited, no CSRF token is required, no proxy is trusted. */
  public static final SecurityHooks NONE =
      new SecurityHooks(NO_OP, NO_OP, NO_OP, NO_OP, new ClientAddress(TrustedProxies.NONE));

  public SecurityHooks {
    Objects.requireNonNull(authRateLimit, "authRateLimit");
    Objects.requireNonNull(apiRateLimit, "apiRateLimit");
    Objects.requireNonNull(anonymousApiRateLimit, "anonymousApiRateLimit");
    Objects.requireNonNull(csrf, "csrf");
    Objects.requireNonNull(clientAddress, "clientAddress");
  }
}
