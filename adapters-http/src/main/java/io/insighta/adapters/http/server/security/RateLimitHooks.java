package io.insighta.adapters.http.server.security;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.domain.user.RateDecision;
import io.insighta.domain.user.RateLimiter;
import io.insighta.domain.user.RateRule;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rate-limit hooks: {@code /auth/*} per client address and route (each auth route its own
 * bucket, so one sign-in sequence never trips it), {@code /api/*} per user, and per address for
 * requests that fail authentication. Refusals are 429 with {@code Retry-After}; every limited
 * answer carries the {@code RateLimit-Limit/Remaining/Reset} headers.
 */
public final class RateLimitHooks {
  public static final String TOO_MANY = "Too many requests";

  private final RateLimiter limiter;
  private final RateRule authRule;
  private final RateRule apiRule;
  private final ClientAddress addresses;

  public RateLimitHooks(
      RateLimiter limiter, RateRule authRule, RateRule apiRule, ClientAddress addresses) {
    this.limiter = limiter;
    this.authRule = authRule;
    this.apiRule = apiRule;
    this.addresses = addresses;
  }

  public Handler auth() {
    return ctx ->
        enforce(ctx, "auth:" + RateBuckets.authRoute(ctx.path()) + ":" + client(ctx), authRule);
  }

  public Handler api() {
    return ctx -> {
      var user = RequestAttributes.authenticatedUser(ctx);
      if (user.isPresent()) {
        enforce(ctx, "api:user:" + user.get().user().id(), apiRule);
      }
    };
  }

  /** Counts an {@code /api} request that failed authentication against its client address. */
  public Handler anonymousApi() {
    return ctx -> enforce(ctx, "api:ip:" + client(ctx), apiRule);
  }

  private String client(Context ctx) {
    return RateBuckets.client(addresses.of(ctx));
  }

  private void enforce(Context ctx, String bucket, RateRule rule) {
    RateDecision decision = limiter.consume(bucket, rule);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("RateLimit-Limit", Integer.toString(decision.limit()));
    headers.put("RateLimit-Remaining", Integer.toString(decision.remaining()));
    headers.put("RateLimit-Reset", Long.toString(decision.resetSeconds()));
    if (!decision.allowed()) {
      headers.put("Retry-After", Long.toString(decision.retryAfterSeconds()));
      throw new ApiException(429, TOO_MANY, headers);
    }
    headers.forEach(ctx::header);
  }
}
