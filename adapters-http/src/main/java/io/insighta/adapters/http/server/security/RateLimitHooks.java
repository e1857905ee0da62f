package io.insighta.adapters.http.server.security;

import io.insighta.adapters.http.server.context.RequestAttributes;
import io.insighta.adapters.http.server.error.ApiException;
import io.insighta.domain.user.RateDecision;
import io.insighta.domain.user.RateLimiter;
import io.insighta.domain.user.RateRule;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The two rate-limit hooks: {@code /auth/*} per client address and route (each auth route its own
 * bucket, so one sign-in sequence never trips it), {@code /api/*} per user, or per address when
 * anonymous. Refusals are 429 with {@code Retry-After}; every limited answer carries the {@code
 * RateLimit-Limit/Remaining/Reset} headers.
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
    return ctx -> enforce(ctx, "auth:" + route(ctx.path()) + ":" + addresses.of(ctx), authRule);
  }

  public Handler api() {
    return ctx ->
        enforce(
            ctx,
            RequestAttributes.authenticatedUser(ctx)
                .map(user -> "api:user:" + user.user().id())
                .orElseGet(() -> "api:ip:" + addresses.of(ctx)),
            apiRule);
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

  private static String route(String path) {
    String route = path.toLowerCase(Locale.ROOT);
    return route.length() > 1 && route.endsWith("/")
        ? route.substring(0, route.length() - 1)
        : route;
  }
}
