package io.insighta.adapters.http.server;

import java.util.List;
import java.util.Objects;

/**
 * How the HTTP server behaves: which browser origins may send credentials, body size limits,
 * whether the portal is served, the API version clients must name and the access-token cookie.
 */
public record HttpSettings(
    List<String> credentialedOrigins,
    long maxJsonBodyBytes,
    long maxImportBodyBytes,
    boolean servePortal,
    String apiVersion,
    String accessTokenCookie) {

  public static final long ONE_MIB = 1024L * 1024L;
  public static final long DEFAULT_MAX_IMPORT_BYTES = 256L * ONE_MIB;
  public static final String DEFAULT_API_VERSION = "1";
  public static final String DEFAULT_ACCESS_TOKEN_COOKIE = "access_token";

  public HttpSettings {
    credentialedOrigins = List.copyOf(credentialedOrigins);
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(accessTokenCookie, "accessTokenCookie");
    if (maxJsonBodyBytes < 1 || maxImportBodyBytes < 1) {
      throw new IllegalArgumentException("body limits must be positive");
    }
    if (credentialedOrigins.contains("*")) {
      throw new IllegalArgumentException("credentialed CORS never allows the wildcard origin");
    }
  }

  /** The defaults: no credentialed origins, 1 MiB JSON bodies, 256 MiB imports, portal served. */
  public static HttpSettings defaults() {
    return new HttpSettings(
        List.of(),
        ONE_MIB,
        DEFAULT_MAX_IMPORT_BYTES,
        true,
        DEFAULT_API_VERSION,
        DEFAULT_ACCESS_TOKEN_COOKIE);
  }

  public HttpSettings withCredentialedOrigins(List<String> origins) {
    return new HttpSettings(
        origins, maxJsonBodyBytes, maxImportBodyBytes, servePortal, apiVersion, accessTokenCookie);
  }

  public HttpSettings withServePortal(boolean serve) {
    return new HttpSettings(
        credentialedOrigins,
        maxJsonBodyBytes,
        maxImportBodyBytes,
        serve,
        apiVersion,
        accessTokenCookie);
  }

  public HttpSettings withMaxImportBodyBytes(long bytes) {
    return new HttpSettings(
        credentialedOrigins, maxJsonBodyBytes, bytes, servePortal, apiVersion, accessTokenCookie);
  }
}
