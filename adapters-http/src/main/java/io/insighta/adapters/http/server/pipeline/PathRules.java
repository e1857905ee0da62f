package io.insighta.adapters.http.server.pipeline;

/** Which pipeline steps a request path is subject to. */
public final class PathRules {

  private PathRules() {}

  public static boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }

  public static boolean isAuth(String path) {
    return path.equals("/auth") || path.startsWith("/auth/");
  }

  public static boolean isHealth(String path) {
    return path.equals("/health") || path.startsWith("/health/");
  }

  /** {@code /api/profiles*}: the routes that demand the {@code X-API-Version} header. */
  public static boolean requiresApiVersion(String path) {
    return path.equals("/api/profiles") || path.startsWith("/api/profiles/");
  }

  /** Every {@code /api} path and {@code /auth/me} need a valid access token. */
  public static boolean requiresAuthentication(String path) {
    return isApi(path) || path.equals("/auth/me") || path.equals("/auth/me/");
  }
}
