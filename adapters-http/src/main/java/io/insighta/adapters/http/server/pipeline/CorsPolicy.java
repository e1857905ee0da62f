package io.insighta.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS: {@code *} for everyone (bearer and public calls work from anywhere), except that a
 * configured portal origin gets itself echoed with credentials allowed, never with {@code *}.
 */
public final class CorsPolicy {

  static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
  static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, X-API-Version, X-CSRF-Token, X-Request-Id";
  static final String EXPOSED_HEADERS =
      "X-Request-Id, X-Cache, Content-Disposition, Retry-After, Location";
  static final String MAX_AGE_SECONDS = "600";

  private final Set<String> credentialedOrigins;

  public CorsPolicy(List<String> credentialedOrigins) {
    this.credentialedOrigins =
        credentialedOrigins.stream().map(CorsPolicy::normalise).collect(Collectors.toSet());
  }

  /** Sets the CORS response headers for any request. */
  public void applyHeaders(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && credentialedOrigins.contains(normalise(origin))) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Allow-Credentials", "true");
    } else {
      ctx.header("Access-Control-Allow-Origin", "*");
    }
    if (!credentialedOrigins.isEmpty()) {
      ctx.header("Vary", "Origin");
    }
    ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
  }

  /** Answers an OPTIONS preflight with 204 and stops the request there. */
  public void answerPreflight(Context ctx) {
    if (!HandlerType.OPTIONS.equals(ctx.method())) {
      return;
    }
    ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
    ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    ctx.header("Access-Control-Max-Age", MAX_AGE_SECONDS);
    ctx.status(204);
    ctx.skipRemainingHandlers();
  }

  private static String normalise(String origin) {
    String trimmed = origin.strip().toLowerCase(Locale.ROOT);
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
